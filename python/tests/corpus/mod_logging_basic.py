# logging: the module functions configure the root logger on first use
# (WARNING and up, "LEVEL:name:message" on stderr); loggers without handlers
# fall back to the last-resort handler; basicConfig(level=, format=) and force.
import logging

logging.debug("not shown")
logging.info("not shown either")
logging.warning("disk at %d%%", 91)
logging.error("failed: %s", "timeout")
logging.critical("halt")
print(logging.root.handlers, logging.getLogger().level, logging.WARNING)

app = logging.getLogger("app")
app.warning("propagates to the root's handler")
app.info("below the root's level")
print(app, app.parent, app.getEffectiveLevel(), app.isEnabledFor(logging.INFO))

logging.basicConfig(level=logging.INFO)
logging.info("basicConfig does nothing once the root has a handler")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s", force=True)
logging.debug("now shown with the new format")
app.debug("the app logger too: %s and %r", "args", "repr")
logging.log(25, "a custom level")
logging.addLevelName(25, "NOTICE")
logging.log(25, "named now")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(17), logging.getLevelName("DEBUG"))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET, logging.WARN, logging.FATAL)
logging.warning("mapping args: %(user)s logged in %(n)d times", {"user": "ada", "n": 3})
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("still on")
logging.disable(logging.NOTSET)
try:
    logging.basicConfig(force=True, colour="blue")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)

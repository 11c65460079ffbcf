# logging handlers and formatters: a StreamHandler on stdout with its own
# format (levelname padding, funcName, lineno, module), the '{' style,
# handler and logger levels, filters, propagation, child loggers, extra=,
# and logger.exception's traceback.
import asyncio
import logging
import sys

log = logging.getLogger("svc")
log.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(module)s - %(message)s"))
log.addHandler(out)
log.propagate = False
log.debug("starting")

err = logging.StreamHandler()
err.setLevel(logging.ERROR)
err.setFormatter(logging.Formatter("{levelname} in {name}: {message}", style="{"))
log.addHandler(err)
log.error("to both handlers")
print(err, log.handlers == [out, err], log.hasHandlers())


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.n % 2 == 1


db = log.getChild("db")
db.addFilter(OnlyOdd())
for n in range(4):
    db.info("query %d", n, extra={"n": n})
print(db, db.name, db.parent is log)
db.removeFilter(db.filters[0])
db.addFilter(lambda record: "secret" not in record.getMessage())
db.warning("a secret")
db.warning("in the open")
named = logging.Filter("svc.cache")
print(named.filter(logging.makeLogRecord({"name": "svc.cache.hot"})), named.filter(logging.makeLogRecord({"name": "svc.cached"})))


async def fetch(i):
    log.info("fetching %d", i)
    await asyncio.sleep(0.1 * i)
    if i == 2:
        raise ConnectionError(f"host {i} unreachable")
    log.info("fetched %d", i)
    return i


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(3)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            try:
                raise RuntimeError("gather failed") from r
            except RuntimeError:
                log.exception("while collecting")


asyncio.run(main())
log.removeHandler(err)
log.warning("err removed", exc_info=ValueError("attached"))
quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.warning("swallowed by the NullHandler")
adapter = logging.LoggerAdapter(log, {"n": 1})
adapter.info("through an adapter")
print(adapter)

# ImportError's name, path and msg: set by import, or as keyword arguments.
try:
    import nonexistent_module
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path, e.msg)
try:
    import numpy as np
except ModuleNotFoundError as e:
    print("Missing:", e.name)
e = ImportError("custom", name="mod")
print(e, e.name, e.path, e.args, e.msg, ImportError().msg, ImportError("a", "b").msg)
for make in [lambda: ImportError("x", foo=1), lambda: ValueError("x", foo=1)]:
    try:
        make()
    except TypeError as e:
        print(e)
class PluginError(ImportError):
    pass
m = PluginError("y", path="/plugins/y.py")
print(m.path, m.name)
m.name = "y"
print(m.name, vars(m))

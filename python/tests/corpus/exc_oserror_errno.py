# OSError(errno, strerror[, filename]): the subclass of that errno, its fields and its str.
import asyncio
for args in [(2, "No such file", "f.txt"), (111, "Connection refused"), (13, "Permission denied", "a", None, "b"),
             ("x",), (5, "I/O error"), (1,), (), (110, "timed out")]:
    e = OSError(*args)
    print(type(e).__name__, "|", e, "|", e.args, e.errno, e.strerror, e.filename, e.filename2)
e = ConnectionRefusedError(111, "Connection refused")
print(repr(e), str(e), e.errno)
print(repr(FileNotFoundError("plain")), TimeoutError("t"), TimeoutError())
try:
    raise OSError(2, "gone", "data.csv")
except FileNotFoundError as err:
    print("caught", type(err).__name__, err.filename)
class AppIOError(OSError):
    def __init__(self, path):
        super().__init__(2, "missing", path)
        self.path = path
a = AppIOError("cfg.ini")
print(a, a.errno, a.path, a.args)

async def connect(host):
    await asyncio.sleep(0.1)
    raise ConnectionRefusedError(111, "Connection refused")

async def main():
    r = await asyncio.gather(connect("a"), return_exceptions=True)
    print(r, str(r[0]))
    await connect("b")

asyncio.run(main())

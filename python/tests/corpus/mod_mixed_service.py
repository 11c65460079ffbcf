# A teacher-style service: a decorator with optional arguments (functools.partial,
# wraps) on coroutines, an asynccontextmanager method that logs and counts,
# a dataclass of stats, contextlib.suppress around a cancelled task and a timeout.
import asyncio, contextlib, functools, logging, dataclasses
from dataclasses import dataclass, field, asdict

logging.basicConfig(format="%(asctime)s [%(levelname)s] %(name)s: %(message)s", datefmt="%H:%M:%S", level=logging.INFO)

def repeat(fn=None, *, times=2):
    if fn is None:
        return functools.partial(repeat, times=times)
    @functools.wraps(fn)
    async def wrapper(*a, **k):
        results = []
        for _ in range(times):
            results.append(await fn(*a, **k))
        return results
    return wrapper

@repeat
async def ping(host):
    await asyncio.sleep(0.1)
    return f"pong from {host}"

@repeat(times=3)
async def tick():
    await asyncio.sleep(0.05)
    return asyncio.get_running_loop().time()

@dataclass
class Stats:
    started: int = 0
    finished: int = 0
    errors: list = field(default_factory=list)

class Service:
    def __init__(self):
        self.log = logging.getLogger(self.__class__.__name__)
        self.stats = Stats()

    @contextlib.asynccontextmanager
    async def tracked(self, name):
        self.stats.started += 1
        self.log.info("start %s", name)
        try:
            yield
        except Exception as e:
            self.stats.errors.append(repr(e))
            self.log.error("failed %s: %s", name, e)
        else:
            self.stats.finished += 1
            self.log.info("done %s", name)

    async def run(self, name, fail=False):
        async with self.tracked(name):
            await asyncio.sleep(0.2)
            if fail:
                raise RuntimeError(f"{name} broke")

async def forever():
    try:
        while True:
            await asyncio.sleep(1)
    finally:
        print("forever cleaned up")

async def main():
    print(await ping("a"), await tick())
    svc = Service()
    await asyncio.gather(svc.run("one"), svc.run("two", fail=True), svc.run("three"))
    print(asdict(svc.stats))
    t = asyncio.create_task(forever())
    await asyncio.sleep(2.5)
    t.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await t
    print("cancelled:", t.cancelled())
    async with asyncio.timeout(1):
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(0.1):
                await asyncio.sleep(5)
        print("inner timeout suppressed")

asyncio.run(main())

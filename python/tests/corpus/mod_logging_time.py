# logging's %(asctime)s and %(msecs)d on the virtual clock (time.time() is
# 1,764,000,000 plus the clock; the interpreter formats it in UTC, the oracle
# runs with TZ=UTC), the default "%Y-%m-%d %H:%M:%S,mmm" and a datefmt.
import asyncio
import logging

logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO)
log = logging.getLogger("ticker")


async def tick(n, delay):
    await asyncio.sleep(delay)
    log.info("tick %d after %.3f s", n, delay)


async def main():
    await asyncio.gather(tick(1, 0.25), tick(2, 1.5), tick(3, 61.125))
    handler = logging.getLogger().handlers[0]
    handler.setFormatter(logging.Formatter("[%(asctime)s.%(msecs)03d] %(message)s", datefmt="%d %b %Y %H:%M:%S"))
    await asyncio.sleep(3600 * 30 + 0.5)
    log.warning("a day and more later")
    handler.setFormatter(logging.Formatter("%(asctime)s|%(message)s", datefmt="%A %B %j %I%p %y %%"))
    log.error("other directives")


asyncio.run(main())

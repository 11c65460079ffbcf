# With logging imported, asyncio logs through its "asyncio" logger as
# CPython's does: the selector at DEBUG when a loop is made, and an
# exception nobody retrieved through the configured format.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG,
                    format="%(levelname)s %(name)s %(module)s:%(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("jobs")


async def job(n):
    log.info("job %d starts", n)
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError(f"job {n} failed")
    log.debug("job %d ends", n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n), name=f"job-{n}") for n in range(1, 4)]
    await asyncio.sleep(0.5)
    print([t.result() for t in tasks if t.get_name() != "job-2"])


asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.WARNING)
asyncio.run(asyncio.sleep(0))
log.warning("done")

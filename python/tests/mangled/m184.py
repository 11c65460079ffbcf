"""A small asyncio scenario."""
import asyncio
import random
import time


async def wander(name):
    d = round(random.random(), 2)
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


async def blocking_io(name, d):
    print(f"{name} blocks for {d}s")
    time.sleep(d)
    await async
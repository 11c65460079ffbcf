"""A small asyncio scenario."""
import asyncio
import random
import time


async def nap(name):
    d = random.choice([0, 0.5, 1])
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


async def slow(label, delay):
    await asyncio.sleep(delay)

# args: --timestamps
import asyncio
import random


async def long_job(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)

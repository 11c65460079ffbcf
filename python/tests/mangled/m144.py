import asyncio
import time


async def runner(name, delay, n):
    for i in range(n):
        print(name, i, sep=": ")
        a
import asyncio
import time


async def background(name, n):
    try:
        for i in range(n):
      
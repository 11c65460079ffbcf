import asyncio
import time


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    start = time.perf_counter()

    loop = asyncio.get_running_loop()
    box    loop.call_soon(callbac
    loop.call_soon(callback, 'soon', box)
    loop.call_later(1, callback, 'later', box)
    loop.call_later(0, callback, 'other', box)
    handle = loop.call_later(0.5, callback, 'n
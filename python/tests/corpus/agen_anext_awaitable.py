# anext()'s awaitable (async_generator_asend) in wait_for, create_task and gather; aiter()'s errors; asyncio.iscoroutine of generators and coroutine-like objects.
import asyncio
async def stream():
    for d in (0.1, 0.5, 2.0):
        await asyncio.sleep(d)
        yield d
async def main():
    s = stream()
    while True:
        try:
            item = await asyncio.wait_for(anext(s), timeout=1.0)
            print("item", item)
        except TimeoutError:
            print("stream stalled")
            break
asyncio.run(main())

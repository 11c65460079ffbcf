import asyncio


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def monitor(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        raise


async def main():
    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(callback, 'soon', box)
    loop.call_later(1, callback, 'later', box)
    loop.call_later(2, callback, 'other', box)
    handle = loop.call_later(0.5, callback, 'never', box)
    handle.cancel()
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)

    try:
        async with asyncio.timeout(0.5):
            for i in range(3):
                await asyncio.sleep(0.5)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    t = asyncio.create_task(monitor('east', 2))
    await asyncio.sleep(0.5)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())


if __name__ == "__main__":
    asyncio.run(main())

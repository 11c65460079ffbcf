import asyncio


async def cell(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)
    await asyncio.sleep(0)
    out.append(-i)


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    try:
        async with asyncio.timeout(1.5) as cm:
            await asyncio.sleep(1.0)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    out = []
    tasks = [asyncio.create_task(cell(i, 0, out)) for i in range(5)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    loop = asyncio.get_running_loop()
    box = []
    handle = loop.call_later(0.5, callback, 'never', box)
    handle.cancel()
    loop.call_later(1, callback, 'later', box)
    loop.call_later(0, callback, 'other', box)
    loop.call_soon(callback, 'soon', box)
    print("callbacks scheduled")
    await asyncio.sleep(0.5)
    print(box)


if __name__ == "__main__":
    asyncio.run(main())

import asyncio


def on_timer(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def query(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def main():
    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(2, on_timer, 'other', box)
    loop.call_soon(on_timer, 'soon', box)
    loop.call_later(0.5, on_timer, 'later', box)
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)

    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(0.25)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    result = await asyncio.wait_for(query('late', 1.5), timeout=0.5)
    print(result)


if __name__ == "__main__":
    asyncio.run(main())

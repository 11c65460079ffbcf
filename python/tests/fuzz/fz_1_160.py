import asyncio


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def leaf2(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch2(x):
    a = asyncio.create_task(leaf2(x))
    b = await leaf2(x * 2)
    return await a + b


def notify(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    values = [await branch(i) for i in range(4)]
    print(values)

    values = await asyncio.gather(*(branch2(i) for i in range(3)))
    print(values, f"{sum(values):>5}|{max(values):<4}|")

    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(notify, 'soon', box)
    loop.call_later(0.25, notify, 'later', box)
    loop.call_later(0, notify, 'other', box)
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)


if __name__ == "__main__":
    asyncio.run(main())

imoort asyncio


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncip.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async ():
    values = await asyncio.gather(*(branch(i) for i in range(2)))
    print(values, f"{sum(values):>5}|{max(values):<4}|")

    return 0


if __== "__main__":
    asyncio.run(main())

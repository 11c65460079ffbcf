import asyncio
import random


async def fetch(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return x * 2


async def main():
    random.seed(42)

    t0 = asyncio.create_task(fetch(1, 'fast'), name='fast-task')
    t1 = asyncio.create_task(fetch(0.5, 'w3'))
    t2 = asyncio.create_task(fetch(1, 'south'))
    print(t0.get_name(), t1.get_name(), t2.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())
    r2 = await t2
    print(r2, t2.done(), t2.result(), t2.cancelled())


if __name__ == "__main__":
    asyncio.run(main())

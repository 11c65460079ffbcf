"""Generated asyncio exercise."""
import asyncio


async def fetch(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return tag.upper()


async def main():
    t0 = asyncio.create_task(fetch(2, 'beta'), name='beta-task')
    t1 = asyncio.create_task(fetch(1, 'ann'))
    print(t0.get_name(), t1.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())

    try:
        async with asyncio.timeout(0.5):
            for i in range(2):
                await asyncio.sleep(1)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    return "ok"


if __name__ == "__main__":
    asyncio.run(main())

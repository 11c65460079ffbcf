import asyncio
import time


async def serve(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return tag.upper()


async def main():
    start = time.perf_counter()

    t0 = asyncio.create_task(serve(1, 'C'))
    t1 = asyncio.create_task(serve(1.5, 'cid'), name='cid-task')
    t2 = asyncio.create_task(serve(0.25, 'green'))
    print(t0.get_name(), t1.get_name(), t2.get_name(), t0.done())
    t1.set_name("renamed")
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())
    r2 = await t2
    print(r2, t2.done(), t2.result(), t2.cancelled())

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())

import asyncio


def report(task):
    print("callback: ", task.get_name(), "->", task.result())


def second(task):
    print("second callback for", task.get_name())


async def job(n):
    await asyncio.sleep(n)
    return n * 10


async def main():
    t1 = asyncio.create_task(job(1), name="one")
    t2 = asyncio.create_task(job(1), name="two")
    t1.add_done_callback(report)
    t1.add_done_callback(second)
    t2.add_done_callback(report)
    print("awaiting")
    await t1
    print("after await t1")
    await t2
    print("after await t2")
    t2.add_done_callback(second)
    print("added callback to finished task")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())

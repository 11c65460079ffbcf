import asyncio


async def child(name):
    print("child", name, "starts")
    await asyncio.sleep(0)
    print("child", name, "resumes")


async def main():
    t = asyncio.create_task(child("A"))
    print("task created, not started yet")
    u = asyncio.create_task(child("B"))
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    await t
    await u
    print("all done")

asyncio.run(main())

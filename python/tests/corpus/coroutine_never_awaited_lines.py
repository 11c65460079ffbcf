# Forgetting `await`: CPython warns when the coroutine object is dropped, at
# the line running then, once per line; a coroutine still alive at exit (here
# kept by the traceback) is reported as sys:1.
import asyncio


async def work():
    print("working")


async def ready():
    return True


async def main():
    work()
    print("after")
    for i in range(3):
        work()
    asyncio.sleep(1)
    x = work()
    print("x made")
    del x
    if ready():
        print("ready!")
    c = ready()
    c.close()
    lst = [ready(), ready()]
    lst = None
    v = ready()
    print(v + 1)

asyncio.run(main())

# Awaiting a Future subclass or a Task subclass: the await reads the future's
# state as C asyncio's FutureIter does (an override of result() runs only
# where the task's wake-up calls it), and subclasses run like the classes.
import asyncio


class MyTask(asyncio.Task):
    def __repr__(self):
        return "<MyTask>"


class MyFut(asyncio.Future):
    def result(self):
        print("MyFut.result")
        return super().result()

    def done(self):
        print("MyFut.done")
        return super().done()


async def w(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    t = MyTask(w(3), loop=loop)
    print(type(t).__name__, await t)
    f = MyFut()
    loop.call_later(0.1, f.set_result, 7)
    print(await f)
    print(await asyncio.gather(w(1), w(2), t))
    f2 = MyFut()
    loop.call_later(0.1, f2.set_exception, ValueError("x"))
    try:
        await f2
    except ValueError as e:
        print("ValueError", e)
    t2 = MyTask(w(5), loop=loop, name="custom")
    print(t2.get_name(), await asyncio.wait_for(t2, 1))


asyncio.run(main())

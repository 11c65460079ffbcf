# An exception thrown into a suspended generator or coroutine (gen.throw, a task's cancellation, a failed task awaited) takes the exception that frame is handling as its context.
import asyncio
def gen():
    try:
        yield 1
    except ValueError:
        yield "recovered"
g = gen()
next(g)
print(g.throw(ValueError("v")))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print(repr(e), repr(e.__context__))

async def main():
    t = asyncio.current_task()
    try:
        raise ValueError("v")
    except ValueError:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print(repr(e.__context__))
def gen_next():
    try:
        raise ValueError("handled")
    except ValueError:
        yield 1
        yield 2
g = gen_next()
next(g)
try:
    g.throw(OSError("o"))
except OSError as e:
    print(repr(e.__context__))
async def m2():
    task = asyncio.create_task(main())
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
asyncio.run(m2())

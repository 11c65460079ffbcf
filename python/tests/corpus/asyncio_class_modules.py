import asyncio


def shown(obj):
    # repr without its address: "<asyncio.locks.Event object [unset]>"
    r = repr(obj)
    i = r.index(" at 0x")
    j = r.find(" ", i + 4)
    return r[:i] + (r[j:] if j >= 0 else ">")


NAMES = [
    "Future", "Task", "Handle", "TimerHandle", "AbstractEventLoop",
    "BaseEventLoop", "SelectorEventLoop", "Runner", "Timeout", "TaskGroup",
    "Queue", "PriorityQueue", "LifoQueue", "Lock", "Event", "Condition",
    "Semaphore", "BoundedSemaphore", "Barrier",
    "CancelledError", "TimeoutError", "InvalidStateError", "QueueEmpty",
    "QueueFull", "BrokenBarrierError", "IncompleteReadError",
    "LimitOverrunError", "SendfileNotAvailableError",
]
for name in NAMES:
    cls = getattr(asyncio, name)
    print(f"{name:26}", repr(cls), cls.__module__, cls.__qualname__)
print(asyncio.Queue, asyncio.Lock, asyncio.Task, asyncio.Future)
print([c.__name__ for c in asyncio.BoundedSemaphore.__mro__])
print([c.__name__ for c in asyncio.SelectorEventLoop.__mro__])


class MyLock(asyncio.Lock):
    pass


async def main():
    loop = asyncio.get_running_loop()
    print(isinstance(loop, asyncio.AbstractEventLoop),
          isinstance(loop, asyncio.BaseEventLoop),
          isinstance(loop, asyncio.SelectorEventLoop))
    fut = loop.create_future()
    task = asyncio.current_task()
    handle = loop.call_soon(print, "soon")
    timer = loop.call_later(1, print, "later")
    timer.cancel()
    gathering = asyncio.gather(fut)
    things = [fut, task, handle, timer, gathering,
              asyncio.timeout(1), asyncio.TaskGroup(), asyncio.Queue(),
              asyncio.Lock(), asyncio.Event(), asyncio.Condition(),
              asyncio.Semaphore(), asyncio.BoundedSemaphore(2),
              asyncio.Barrier(2), MyLock()]
    for x in things:
        print(type(x).__module__, type(x).__qualname__,
              [c.__qualname__ for c in type(x).__mro__[1:]])
    for x in things[8:]:
        print(shown(x))
    ev = asyncio.Event()
    ev.set()
    print(shown(ev))
    lock = asyncio.Lock()
    await lock.acquire()
    print(shown(lock))
    for exc in (asyncio.CancelledError("c"), asyncio.InvalidStateError("i"),
                asyncio.QueueEmpty(), asyncio.BrokenBarrierError("b"),
                asyncio.IncompleteReadError(b"ab", 5),
                asyncio.IncompleteReadError(b"", None),
                asyncio.LimitOverrunError("too long", 7)):
        print(f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}")
    print(asyncio.LimitOverrunError("m", 3).consumed,
          asyncio.IncompleteReadError(b"x", 2).partial)
    fut.cancel()
    try:
        await gathering
    except asyncio.CancelledError as e:
        print("gather:", type(e).__module__, type(e).__qualname__)


asyncio.run(main())
with asyncio.Runner() as runner:
    print(type(runner).__module__, type(runner).__qualname__)
    loop = runner.get_loop()
    print(type(loop).__module__, type(loop).__qualname__,
          [c.__qualname__ for c in type(loop).__mro__[1:]])
    fut = loop.create_future()
    print(type(fut).__module__, type(fut).__qualname__)
    fut.result()  # uncaught: asyncio.exceptions.InvalidStateError

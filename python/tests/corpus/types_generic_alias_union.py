# Generic aliases and unions as values: list[int], dict[str, list[int]], asyncio.Queue[int], int | None, isinstance with a union.
import asyncio
from collections import deque
JobQueue = asyncio.Queue[tuple[int, str]]
Matrix = list[list[float]]
print(list[int], dict[str, list[int]], tuple[int, ...], JobQueue, Matrix, deque[str], type[int], list[None])
print(asyncio.Future[int], asyncio.Task[str], asyncio.LifoQueue[int], type(list[int]).__name__)
print(list[int]("ab"), list[int] == list[int], list[int] == list[str], list[int].__origin__, list[int].__args__)
Opt = int | None
print(Opt, int | str, str | list[int], int | str | int, type(Opt).__name__, Opt == (None | int))
print(isinstance(3, int | str), isinstance(None, Opt), isinstance("x", Opt), isinstance(2.5, (int | str, float)))
for f in [lambda: isinstance([], list[int]), lambda: int[0], lambda: 3 | int, lambda: int | 3]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

async def worker(q: asyncio.Queue[int]) -> None:
    while not q.empty():
        print("got", await q.get())

async def main():
    q: asyncio.Queue[int] = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    await worker(q)

asyncio.run(main())

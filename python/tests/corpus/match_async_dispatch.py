# match in a coroutine: a worker dispatches the messages of a queue by their shape.
import asyncio

async def worker(q, results):
    while True:
        msg = await q.get()
        match msg:
            case ("sleep", float(d) | int(d)):
                await asyncio.sleep(d)
                results.append(f"slept {d}")
            case ("add", a, b):
                results.append(a + b)
            case {"echo": text}:
                results.append(text.upper())
            case "stop":
                q.task_done()
                return len(results)
            case other:
                results.append(f"unknown {other!r}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    results = []
    task = asyncio.create_task(worker(q, results))
    for m in [("add", 2, 3), ("sleep", 0.5), {"echo": "hi"}, ("sleep", "x"), 42, "stop"]:
        await q.put(m)
    await q.join()
    print(results, await task, asyncio.get_running_loop().time())

asyncio.run(main())

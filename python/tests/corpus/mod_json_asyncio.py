# json with asyncio: tasks exchange JSON messages through a queue; a bad
# message is reported with its JSONDecodeError.
import asyncio
import json


async def producer(queue):
    messages = [{"id": 1, "op": "add", "args": [2, 3]}, '{"id": 2, "op": "mul", "args": [4, 5]}',
                '{"id": 3, "op": "add", "args": [1,]}', {"id": 4, "op": "div", "args": [1, 4]}]
    for m in messages:
        await asyncio.sleep(0.1)
        await queue.put(m if isinstance(m, str) else json.dumps(m))
    await queue.put(None)


async def consumer(queue):
    ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "div": lambda a, b: a / b}
    results = []
    while (raw := await queue.get()) is not None:
        try:
            msg = json.loads(raw)
        except json.JSONDecodeError as e:
            print(f"bad message at {e.pos}: {e.msg}")
            continue
        results.append({"id": msg["id"], "result": ops[msg["op"]](*msg["args"])})
    return results


async def main():
    queue = asyncio.Queue()
    _, results = await asyncio.gather(producer(queue), consumer(queue))
    print(json.dumps(results, indent=2))


asyncio.run(main())

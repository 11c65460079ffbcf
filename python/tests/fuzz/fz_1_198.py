import asyncio


async def main():
    q = asyncio.Queue(maxsize=0)
    for i in range(2):
        try:
            q.put_nowait(i * 10)
            print("put", i * 10, q.full())
        except asyncio.QueueFull:
            print("queue full at", i)
    for _ in range(3):
        try:
            print("got", q.get_nowait(), q.qsize())
        except asyncio.QueueEmpty:
            print("queue empty")
            break


if __name__ == "__main__":
    asyncio.run(main())

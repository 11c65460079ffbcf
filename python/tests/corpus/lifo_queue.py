import asyncio


async def main():
    stack = asyncio.LifoQueue()
    for page in ["home", "about", "contact"]:
        await stack.put(page)
    print(stack.qsize(), type(stack).__name__)
    while not stack.empty():
        print("back to", await stack.get())
    try:
        stack.get_nowait()
    except asyncio.QueueEmpty:
        print("history empty")

asyncio.run(main())

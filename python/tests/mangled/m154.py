import asyncio


async def serve(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")

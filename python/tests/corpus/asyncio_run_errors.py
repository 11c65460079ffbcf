import asyncio

for action in [lambda: asyncio.run(5), asyncio.get_running_loop, asyncio.current_task]:
    try:
        action()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)


async def inner():
    return "inner"


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)

print(asyncio.run(main()))

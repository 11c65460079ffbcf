import asyncio


async def long_job(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        return "swallowed"
    finally:
        print(f"{name} finally")


async def main():
    t = asyncio.create_task(long_job('w1', 4), name='green')
    await asyncio.sleep(0.75)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())


if __name__ == "__main__":
    asyncio.run(main())

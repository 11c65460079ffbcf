import asyncio


async def validate(n, fail):
    await asyncio.sleep(0)
    try:
        if fail:
            raise ValueError(f"bad value: {n!r}")
    except ValueError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def main():
    try:
        results = await asyncio.gather(*[validate(i, i in (0, 1)) for i in range(4)])
        print(results)
    except (ValueError, LookupError) as e:
        print(f"gather failed: {e!r}")
    await asyncio.sleep(1)
    print("after the failure")


if __name__ == "__main__":
    asyncio.run(main())

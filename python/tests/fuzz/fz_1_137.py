import asyncio
import time


def describe(items):
    total = sum(v for _, v in items)
    return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}


def notify(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    start = time.perf_counter()

    stats = describe([('beta', 7), ('west', 1.5), ('south', 2)])
    print(stats)
    for k, v in stats.items():
        print(f"{k:^7}|{v:08.3f}")

    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(notify, 'soon', box)
    loop.call_later(0.5, notify, 'other', box)
    loop.call_later(0.25, notify, 'later', box)
    print("callbacks scheduled")
    await asyncio.sleep(3)
    print(box)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())

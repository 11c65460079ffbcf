import asyncio


async def long_job(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise


def notify(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def load(n, fail):
    await asyncio.sleep((3 - n) * 0.5)
    if fail:
        raise ValueError(n)
    print(f"job {n} ok")
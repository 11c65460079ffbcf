import asyncio


async def ping(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    return len(log)


async def main():
    log = []
    await asyncio.gather(ping('tic', 1, log), ping('tac', 3, log), ping('toe', 2, log))
    print(log)

    return "ok"


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))

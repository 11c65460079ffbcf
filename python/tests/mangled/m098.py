import asyncio
import multiprocessing
import threading
import time

counter = 0


def count():
    global counter
    print("One")
    time.sleep(1)
    print("Two")
    counter += 1


async def acount():
    global counter
    print("One")
    await asyncio.sleep(1)
    print("Two")
    counter += 1


def sequential():
    for _ in range(3):
        count()


def threads():
    ts = [threading.Thread(target=count) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def processes():
    ps = [multiprocessing.Process(target=count) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()


async def tasks():
    await asyncio.gather(*(acount() for _ in range(3)))


if __name__ == "__main__":
    for name, run in [("sequential", sequential), ("threads", threads),
                      ("processes", processes), ("asyncio", lambda: asyncio.run(tasks()))]:
        counter = 0
        print(f"== {name} ==")
        s = time.perf_counter()
     
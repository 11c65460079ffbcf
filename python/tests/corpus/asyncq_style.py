# args: --seed 42 -- -p 2 -c 3
import argparse, asyncio, os, random, time

async def randsleep(who):
    i = random.randint(0, 10)
    print(f"{who} sleeping for {i} seconds.")
    await asyncio.sleep(i)

async def produce(name, q):
    for _ in range(random.randint(0, 10)):
        await randsleep(f"Producer {name}")
        item = os.urandom(5).hex()
        await q.put((item, time.perf_counter()))
        print(f"Producer {name} added <{item}> to queue.")

async def consume(name, q):
    while True:
        await randsleep(f"Consumer {name}")
        item, t = await q.get()
        print(f"Consumer {name} got <{item}> in {time.perf_counter() - t:0.5f} s.")
        q.task_done()

async def main(nprod, ncon):
    q = asyncio.Queue()
    producers = [asyncio.create_task(produce(n, q)) for n in range(nprod)]
    consumers = [asyncio.create_task(consume(n, q)) for n in range(ncon)]
    await asyncio.gather(*producers)
    await q.join()
    [c.cancel() for c in consumers]

random.seed(444)
parser = argparse.ArgumentParser()
parser.add_argument("-p", "--nprod", type=int, default=5)
parser.add_argument("-c", "--ncon", type=int, default=10)
start = time.perf_counter()
asyncio.run(main(**parser.parse_args().__dict__))
print(f"Program completed in {time.perf_counter() - start:0.5f} seconds.")

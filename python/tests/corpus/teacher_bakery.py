"""A bakery: ovens bake in parallel, a cashier serves orders from a queue."""
import asyncio
import random
import time

random.seed(7)

class Order:
    def __init__(self, customer, item):
        self.customer = customer
        self.item = item

    def __repr__(self):
        return f"Order({self.customer!r}, {self.item!r})"


async def bake(oven, item, minutes):
    print(f"[oven {oven}] baking {item} for {minutes} min")
    await asyncio.sleep(minutes)
    print(f"[oven {oven}] {item} ready")
    return item


async def cashier(queue, served):
    while True:
        order = await queue.get()
        try:
            await asyncio.sleep(0.5)
            served.append(order)
            print(f"served {order} at t={asyncio.get_running_loop().time():.1f}")
        finally:
            queue.task_done()


async def main():
    start = time.perf_counter()
    breads = await asyncio.gather(
        *(bake(i, name, random.randint(1, 4)) for i, name in enumerate(["rye", "baguette", "brioche"]))
    )
    print("all baked:", breads)

    queue = asyncio.Queue(maxsize=2)
    served = []
    workers = [asyncio.create_task(cashier(queue, served), name=f"cashier-{n}") for n in range(2)]
    for customer in ["Ada", "Grace", "Linus", "Guido", "Barbara"]:
        await queue.put(Order(customer, random.choice(breads)))
        print(f"{customer} is waiting, queue size {queue.qsize()}")
    await queue.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])

    try:
        await asyncio.wait_for(bake(9, "croissant", 10), timeout=2)
    except TimeoutError:
        print("croissant took too long")

    async with asyncio.TaskGroup() as tg:
        late = tg.create_task(bake(5, "muffin", 1))
    print(late.result(), len(served), "orders")
    print(f"done in {time.perf_counter() - start:.2f} s")

asyncio.run(main())

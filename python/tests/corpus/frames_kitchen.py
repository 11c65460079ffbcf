"""A restaurant kitchen: cooks take orders from a queue; the oven is shared."""
import asyncio
import random


class Order:
    def __init__(self, dish, minutes):
        self.dish = dish
        self.minutes = minutes

    def __repr__(self):
        return f"Order({self.dish!r}, {self.minutes})"


async def cook(name, orders, oven, done):
    while True:
        order = await orders.get()
        print(f"{name} starts {order.dish}")
        async with oven:
            await asyncio.sleep(order.minutes)
        done.append((name, order.dish))
        print(f"{name} served {order.dish} at t={asyncio.get_running_loop().time():.1f}")
        orders.task_done()


async def main(ncooks=2):
    random.seed(3)
    orders = asyncio.Queue()
    oven = asyncio.Semaphore(1)
    done = []
    for dish in ["soup", "pasta", "cake", "salad"]:
        orders.put_nowait(Order(dish, random.randint(1, 3)))
    cooks = [asyncio.create_task(cook(f"cook{i}", orders, oven, done), name=f"cook{i}")
             for i in range(ncooks)]
    await orders.join()
    for c in cooks:
        c.cancel()
    print("all served:", done)


def start():
    asyncio.run(main())


start()

"""A teacher's example: a small restaurant kitchen with asyncio.

Cooks take orders from a queue; each dish needs the shared oven (a Lock),
some dishes time out, and the head chef cancels the cooks at closing time.
"""
import asyncio
import random


class Order:
    def __init__(self, number, dish, minutes):
        self.number = number
        self.dish = dish
        self.minutes = minutes

    def __repr__(self):
        return f"Order(#{self.number}, {self.dish!r}, {self.minutes}m)"


MENU = {"pizza": 3, "bread": 2, "lasagna": 5, "soup": 1}


async def cook(name, orders, oven, served, log):
    while True:
        order = await orders.get()
        try:
            async with oven:
                log.append((name, order.number))
                print(f"{name:>6} bakes {order}")
                await asyncio.wait_for(asyncio.sleep(order.minutes), timeout=4)
            served[order.dish] = served.get(order.dish, 0) + 1
            print(f"{name:>6} serves #{order.number} at t={asyncio.get_running_loop().time():.1f}")
        except asyncio.TimeoutError:
            print(f"{name:>6} burnt #{order.number} ({order.dish})")
        finally:
            orders.task_done()


async def waiter(orders, n):
    for i in range(1, n + 1):
        dish = random.choice(sorted(MENU))
        await orders.put(Order(i, dish, MENU[dish]))
        await asyncio.sleep(random.uniform(0.2, 1.5))


async def main():
    random.seed(7)
    orders = asyncio.Queue(maxsize=3)
    oven = asyncio.Lock()
    served, log = {}, []
    cooks = [asyncio.create_task(cook(n, orders, oven, served, log), name=n)
             for n in ("Ana", "Bo", "Chen")]
    await waiter(orders, 8)
    await orders.join()
    for c in cooks:
        c.cancel()
    results = await asyncio.gather(*cooks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("served:", dict(sorted(served.items())), "total", sum(served.values()))
    busiest = max(("Ana", "Bo", "Chen"), key=lambda n: sum(1 for m, _ in log if m == n))
    print("busiest cook:", busiest)
    print("left in queue:", orders.qsize(), orders.empty())


asyncio.run(main())

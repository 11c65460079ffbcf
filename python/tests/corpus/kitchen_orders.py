"""A small restaurant: orders arrive, cooks share two stoves."""
import asyncio
import random
import time


class Order:
    """One dish to cook."""
    counter = 0

    def __init__(self, dish, minutes):
        Order.counter += 1
        self.number = Order.counter
        self.dish = dish
        self.__minutes = minutes

    @property
    def minutes(self):
        return self.__minutes

    def __repr__(self):
        return f"Order#{self.number}({self.dish!r})"


async def waiter(queue, dishes):
    for dish in dishes:
        order = Order(dish, random.randint(1, 3))
        await queue.put(order)
        print(f"{time.perf_counter():4.1f}s waiter: took {order}")
        await asyncio.sleep(0.5)
    await queue.join()


async def cook(name, queue, stoves, done):
    while True:
        order = await queue.get()
        try:
            async with stoves:
                print(f"{time.perf_counter():4.1f}s {name}: cooking {order} for {order.minutes}")
                await asyncio.sleep(order.minutes)
            if order.dish == "soufflé":
                raise ValueError(f"{order} collapsed")
            done.append(order)
        except ValueError as err:
            print(f"{time.perf_counter():4.1f}s {name}: {err}")
        finally:
            queue.task_done()


async def main():
    random.seed(7)
    queue = asyncio.Queue(maxsize=2)
    stoves = asyncio.Semaphore(2)
    done = []
    cooks = [asyncio.create_task(cook(n, queue, stoves, done), name=n) for n in ("ann", "bo", "cy")]
    await waiter(queue, ["soup", "steak", "soufflé", "salad", "pie"])
    for c in cooks:
        c.cancel()
    results = await asyncio.gather(*cooks, return_exceptions=True)
    print(sorted(done, key=lambda o: o.number), [type(r).__name__ for r in results])
    try:
        print(err)
    except NameError as e:
        print("NameError:", e)
    print(Order.__doc__, vars(done[0]))


asyncio.run(main())

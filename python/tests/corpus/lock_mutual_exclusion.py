import asyncio

balance = 100


async def withdraw(lock, name, amount):
    global balance
    async with lock:
        print(name, "has the lock, locked =", lock.locked())
        current = balance
        await asyncio.sleep(0.1)
        if current >= amount:
            balance = current - amount
            print(name, "withdrew", amount, "balance", balance)
        else:
            print(name, "declined, balance", balance)


async def main():
    lock = asyncio.Lock()
    print("locked?", lock.locked())
    await asyncio.gather(withdraw(lock, "ann", 60), withdraw(lock, "bob", 60), withdraw(lock, "cat", 30))
    print("final", balance, "time", asyncio.get_running_loop().time())

asyncio.run(main())

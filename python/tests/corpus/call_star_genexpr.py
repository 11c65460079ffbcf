import asyncio
async def c(i):
    return i
async def main():
    print(sum(await asyncio.gather(*(c(i) for i in range(100)))))
    print(max(*(x for x in [3,1,2])))
    def f(*a, **k): return a, k
    print(f(*(i for i in range(3)), x=1))
    print(f(*(i*i for i in range(4))))
    try:
        f(*(1/0 for i in range(2)))
    except ZeroDivisionError as e:
        print("zde", e)
asyncio.run(main())

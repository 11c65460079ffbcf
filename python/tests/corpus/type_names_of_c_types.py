import asyncio, collections, itertools
for o in [collections.deque(), collections.defaultdict(int), itertools.count(), itertools.cycle([1]), itertools.islice([], 1), itertools.chain(), itertools.repeat(1)]:
    try:
        o.foo
    except AttributeError as e:
        print(e)
    try:
        len(o)
    except TypeError as e:
        print(e)
async def main():
    f = asyncio.get_running_loop().create_future()
    try:
        f + 1
    except TypeError as e:
        print(e)
    class MyFut(asyncio.Future): pass
    try:
        MyFut().zz
    except AttributeError as e:
        print(e)
    q = asyncio.Queue()
    try:
        q.zz
    except AttributeError as e:
        print(e)
asyncio.run(main())

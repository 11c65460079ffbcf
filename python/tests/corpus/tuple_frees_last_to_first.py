# A tuple being freed drops its items last to first (tupledealloc), as a
# list does: the order of __del__ output.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


t = (D("a"), D("b"), D("c"))
print("drop tuple")
del t
print("drop list")
l = [D("x"), D("y"), D("z")]
del l
print("nested")
t = (D("p"), (D("q1"), D("q2")), [D("r1"), D("r2")], D("s"))
t = None


def f():
    pair = (D("local1"), D("local2"))
    return len(pair)


print(f())
t = tuple(D(str(i)) for i in range(4))
del t
a, b = D("u1"), D("u2")
del a, b
d = {"k": (D("v1"), D("v2"))}
d.clear()
print("args")


def g(*args):
    return len(args)


print(g(D("g1"), D("g2"), D("g3")))
print("end")
x = (D("at exit 1"), D("at exit 2"))

# Tasks whose exceptions nobody retrieved: reported as the tuple frees them.
import asyncio


async def fail(n):
    raise ValueError(n)


async def main():
    t = (asyncio.create_task(fail(1)), asyncio.create_task(fail(2)), asyncio.create_task(fail(3)))
    await asyncio.sleep(0.1)
    print("dropping the tasks")
    del t
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())

def gen():
    yield 1


g = gen()
print(type(g).__name__, type(gen).__name__)
print(iter(g) is g, hasattr(g, "send"), hasattr(g, "__next__"))
it = iter([1, 2])
print(type(it).__name__, next(it), next(it), next(it, None))
print(type(iter(range(2))).__name__, type(iter({})).__name__)
print(type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__)
print(type(reversed([1])).__name__, type(filter(None, [])).__name__)

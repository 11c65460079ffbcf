print([y := x * 2 for x in range(3)], y)
def f():
    r = [(last := i) for i in range(4)]
    return r, last
print(f())
print({k: (m := v) for k, v in {'a': 1}.items()}, m)

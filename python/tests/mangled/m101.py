def gen():
    try:
        yield 1
        yield 2
    finally:
        raise RuntimeError('in finally')

g = gen()
print(next(g))
g.close()
print('closed')

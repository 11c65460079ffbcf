def g():
    while True:
        try:
            yield 1
        except ValueError:
            print('caught in gen')

it = g()
next(it)
print(it.throw(ValueError('x')))
it.close()
print('ok')

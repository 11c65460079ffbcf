# Augmented assignment errors name the augmented operator (|=, <<=, ...).
def f1():
    x = 1.5
    x |= 1
def f2():
    x = 1.5
    x <<= 1
def f3():
    x = 1.5
    x >>= 1
def f4():
    x = 1.5
    x &= 1
def f5():
    x = 1.5
    x ^= 1
def f6():
    x = [1]
    x *= 1.5
def f7():
    x = "a"
    x -= 1
def f8():
    x = None
    x += 1
def f9():
    x = 1.5
    x @= 2
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9]:
    try:
        f()
    except TypeError as e:
        print(f.__name__, e)

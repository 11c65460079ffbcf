import random

for seed in [-5, 5, 2 ** 100, -(2 ** 70), "hello", "", 0]:
    random.seed(seed)
    print(repr(seed), random.randint(0, 10 ** 6), round(random.random(), 6))
random.seed("hello")
a = random.random()
random.seed("hello")
print(a == random.random())

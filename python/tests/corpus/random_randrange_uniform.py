import random

random.seed(7)
print([random.randrange(10) for _ in range(8)])
print([random.randrange(5, 10) for _ in range(8)])
print([random.randrange(0, 100, 5) for _ in range(8)])
print([random.randrange(10, 0, -3) for _ in range(5)])
print([round(random.uniform(1, 2), 4) for _ in range(4)])
print(random.uniform(5, 5))
print(random.getrandbits(16), random.randint(-3, 3))
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)

import random
from random import Random
rng = random.Random(42)
print(rng.random(), rng.randint(1, 6), rng.choice("abc"), rng.uniform(1, 2))
random.seed(42)
print(random.random(), random.randint(1, 6))
a, b = Random(7), Random(7)
print([a.randint(1, 100) for _ in range(3)], [b.randint(1, 100) for _ in range(3)])
xs = list(range(8)); a.shuffle(xs); print(xs, a.sample(xs, 3), a.choices("xy", k=4))
print(a.gauss(0, 1), a.gauss(0, 1), a.randrange(10), a.randrange(0, 100, 7), a.getrandbits(12))
a.seed(1); print(a.random()); print(type(a).__name__, isinstance(a, random.Random))
print(random.random())
try:
    a.randint(1)
except TypeError as e:
    print(e)
try:
    a.randint(5, 1)
except ValueError as e:
    print(e)
import random
r = random.Random(3)
try:
    print(r.randrange(10, step=3))
except TypeError as e:
    print(e)
try:
    print(random.randrange(10, step=3))
except TypeError as e:
    print(e)

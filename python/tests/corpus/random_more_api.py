import random

random.seed(b"bytes seed")
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(11)
print(random.sample(["a", "b", "c"], 3, counts=[1, 2, 3])[:3])
print(random.sample(["red", "blue"], counts=[3, 2], k=5))
print(random.choices("xyz", k=0), random.uniform(10, 1), random.randint(3, 3))
empty = []
random.shuffle(empty)
print(empty, random.randrange(-10, -2, 3), random.randrange(100, 0, -7))
print(random.randbytes(0), len(random.randbytes(3)), random.getrandbits(1))
print([random.choice([True, False]) for _ in range(6)])

# random.randint with bounds or a width beyond 64 bits: CPython's _randbelow on big ints.
import random
random.seed(7)
print(random.randint(1, 10**20), random.randint(-2**70, 2**70), random.randint(0, 2**64), random.randint(5, 10))
print(random.randint(10**30, 10**30 + 5), random.getrandbits(100))
random.seed(444)
print([random.randint(0, 2**63) for _ in range(3)])

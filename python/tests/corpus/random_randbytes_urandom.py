import os
import random

random.seed(1)
print(random.randbytes(4))
print(random.randbytes(8).hex())
print(os.urandom(4).hex(), len(os.urandom(16)))
random.seed(1)
a = os.urandom(4)
random.seed(1)
b = random.randbytes(4)
print("os.urandom follows the seeded generator:", a == b)
token = os.urandom(6)
print(type(token).__name__, len(token), token.hex())

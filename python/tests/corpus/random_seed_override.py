# args: --seed 7
import random

random.seed(444)
print("seed in source is 444, oracle replaces it")
print([random.randint(0, 10) for _ in range(6)])
print(random.random())

import math as m
import random as rnd

print(m.pi)
rnd.seed(1)
print(rnd.randint(1, 100))
print(m.floor(-0.5))

import math


class Pet:
    def __init__(self):
        self.name = "rex"
        self.weight = 12


p = Pet()
try:
    p.nmae
except AttributeError as e:
    print("str(e) has no hint:", e)
try:
    math.sqr(4)
except AttributeError as e:
    print("module:", e)
print(p.wieght)

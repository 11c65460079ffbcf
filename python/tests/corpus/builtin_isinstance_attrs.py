class Robot:
    def __init__(self):
        self.name = "R2"


values = [1, 2.5, "s", [1], (1,), True, None, Robot()]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, str))
r = Robot()
print(hasattr(r, "name"), hasattr(r, "speed"), getattr(r, "speed", 0))
setattr(r, "speed", 10)
print(r.speed, getattr(r, "speed"), vars(r))
try:
    getattr(r, "color")
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(True, int), isinstance(3, bool), isinstance([], (tuple, list)))

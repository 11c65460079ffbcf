x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
nums = list(range(8))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)
d = {"a": 1, "b": 2}
del d["a"]
print(d)


class P:
    pass


p = P()
p.v = 1
del p.v
print(hasattr(p, "v"))
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)

class Holder:
    pass


h = Holder()
for h.value in range(3):
    pass
print(h.value)
d = {}
for d["k"] in "xyz":
    pass
print(d)
slots = [None, None]
for slots[0], slots[1] in [(1, 2), (3, 4)]:
    pass
print(slots)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
for n in []:
    print("never")
else:
    print("else of empty loop")

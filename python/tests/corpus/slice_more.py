s = "abcdefgh"
print(s[-3:], s[:-3], s[-3:-1], s[5:1:-1], s[::-3], s[-1::-2], s[None:None])
print(slice(None, -1), slice(1, 2) == slice(1, 2), slice(5, None, -1).indices(8), slice(-100, 100).indices(8))
nums = list(range(10))
nums[2:5] = range(3)
nums[::3] = "wxyz"
print(nums)
nums[8:2] = ["in"]
print(nums)
nums[-2:] = []
print(nums, nums[100:], nums[-100:2])
t = tuple(range(6))
print(t[::2], t[10:], t[-2::-2])
try:
    nums[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)

nums = [0, 1, 2, 3, 4, 5, 6, 7]
nums[1:3] = ["a", "b", "c"]
print(nums)
nums[::2] = [10, 20, 30, 40, 50]
print(nums)
nums[:] = []
print(nums)
letters = list("hello")
letters[-2:] = "LO"
print("".join(letters))
try:
    letters[::2] = [1]
except ValueError as e:
    print("ValueError:", e)

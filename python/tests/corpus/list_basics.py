nums = [5, 3, 8]
nums.append(1)
nums.extend([9, 2])
nums.extend(range(2))
nums.insert(0, 100)
nums.insert(-1, 50)
nums.insert(99, "end")
print(nums)
print(nums.pop(), nums.pop(0), nums.pop(-2))
print(nums)
nums.remove(8)
print(nums, nums.index(9), nums.count(1))
try:
    nums.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    nums.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)

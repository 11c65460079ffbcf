letters = "abcdefghij"
first_three = slice(3)
evens = slice(None, None, 2)
middle = slice(2, -2)
print(first_three, evens, middle)
print(letters[first_three], letters[evens], letters[middle])
print([0, 1, 2, 3, 4, 5][slice(1, 5, 2)])
s = slice(1, 10, 3)
print(s.start, s.stop, s.step, s.indices(5))
nums = list(range(6))
nums[slice(0, 2)] = ["x"]
print(nums)

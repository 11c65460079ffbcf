nums = [3, 8, 0, -2]
print(any(nums), all(nums), any([]), all([]))
print(any(n < 0 for n in nums), all(isinstance(n, int) for n in nums))
print(list(map(abs, nums)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, nums)), list(filter(lambda n: n > 0, nums)))
doubled = map(lambda n: n * 2, nums)
print(next(doubled), list(doubled), list(doubled))
print(list(map(str.strip, [" a ", "b "])), list(map(int, "123")))

words = ["banana", "Apple", "cherry", "date", "Fig", "elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w))
print(words)
nums = [3, -1, 2, -5, 4]
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
print(nums.sort())
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)

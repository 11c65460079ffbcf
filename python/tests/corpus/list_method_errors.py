nums = [3, 1, 2]
for action in [
    lambda: nums.insert(1),
    lambda: nums.pop("a"),
    lambda: nums.append(),
    lambda: nums.append(1, 2),
    lambda: nums.index(1, "x"),
    lambda: nums.sort(key=1),
    lambda: nums.sort(lambda a: a),
    lambda: nums.extend(5),
    lambda: nums.count(),
    lambda: nums.remove(),
    lambda: nums.reverse(1),
    lambda: nums.copy(1),
    lambda: nums.index(9, 0, 2),
    lambda: nums + "ab",
]:
    try:
        action()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(nums)

def mean(values):
    assert values, "need at least one value"
    return sum(values) / len(values)


print(mean([1, 2, 3, 4]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args)
x = 5
assert x > 0, f"x={x}"
print("passed")
assert x < 0, f"x must be negative, got {x}"

# list.sort and sorted make CPython's comparisons (runs found first, short
# ones extended by binary insertion), so a logging __lt__ sees the same calls
# and a mixed list fails at the same pair; min and max compare with < and >.
class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v

    def __gt__(self, other):
        print(f"  {self.v} > {other.v}")
        return self.v > other.v

    def __repr__(self):
        return f"V({self.v})"


print("sorted:")
print(sorted([V(3), V(1), V(4), V(1), V(5)]))
print("reverse:")
print(sorted([V(2), V(7), V(1)], reverse=True))
print("descending run:")
print(sorted([V(5), V(4), V(3), V(6)]))
print("key:")
print(sorted(["bb", "a", "ccc"], key=len))
print("max:")
print(max(V(1), V(3), V(2)))
print("min:")
print(min([V(2), V(0), V(5)]))
for f in (lambda: sorted([1, "a", 2]), lambda: sorted([3, 1, None]),
          lambda: max(1, "a"), lambda: min([None, 2]), lambda: [2, "b"].sort()):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.upper, reverse=True))
print(sorted(range(100), key=lambda x: (x * 37) % 101)[:10])

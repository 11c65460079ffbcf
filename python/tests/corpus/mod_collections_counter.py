# collections.Counter: counting, most_common (ties in first-seen order),
# missing keys count zero, update/subtract, elements, total, arithmetic and
# comparisons, and the repr.
from collections import Counter

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
print(c["the"], c["dog"], len(c), "cat" in c, "dog" in c)
print(c.most_common(2), c.most_common(0), c.most_common()[-1])
print(list(c), list(c.keys()), list(c.values()))
print(c.items())
print(sorted(c.elements()))
print(c.total(), sum(c.values()))

letters = Counter("abracadabra")
print(letters, letters.most_common(3))
letters.update("aaz")
letters.update({"b": 10})
print(letters)
letters.subtract("aaaaaaa")
letters.subtract({"z": 5}, r=1)
print(letters)
print(+letters, -letters)
del letters["a"]
del letters["not there"]
print(letters)
letters["q"] += 1
print(letters["q"], letters)

a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=4)
print(a + b, a - b, b - a, a | b, a & b)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=1) != Counter(a=2))
s = Counter(x=2)
s += Counter(x=-3, y=1)
print(s)
s -= Counter(y=5)
print(s, Counter(), repr(Counter()))
print(dict(Counter("aab")), sorted(Counter("hello").items()))
print(Counter({"apples": 3, "pears": 0}).get("pears"), Counter(cats=2, dogs=1))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1)[0], Counter((1, 1, (2, 3), (2, 3))))
copy = c.copy()
copy["the"] = 0
print(copy["the"], c["the"], copy.pop("cat"), copy.setdefault("new", 7), copy)
copy.clear()
print(copy, bool(copy), bool(c))
print(max(c, key=c.get), sorted(c, key=lambda w: (-c[w], w)))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Counter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Counter())
except TypeError as e:
    print("TypeError:", e)
print(Counter("zyx") + Counter("xw"))
Counter("ab") + {"a": 1}

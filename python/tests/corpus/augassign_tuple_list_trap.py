t = ([1], "x")
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
calls = []


def key():
    calls.append("key")
    return "k"


def target():
    calls.append("target")
    return d


d = {"k": 1}
target()[key()] += 10
print(d, calls)
s = "ab"
s2 = s
s += "c"
print(s, s2)
n = [1, 2]
n *= 2
n[1:3] += ["x"]
print(n)

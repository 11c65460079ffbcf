# Instances with a user __hash__ in sets and dicts: placed by their hash, equal ones one key, each kept as itself.
class P:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __repr__(self): return f"P{self.v}"
class Q(P):
    def __eq__(self, o): return isinstance(o, Q) and self.v == o.v
    __hash__ = P.__hash__
print({P(9), P(2), P(5), P(-1)})
print({Q(9), Q(2), Q(5), Q(2), Q(-1)})
s = set()
for i in [30, 1, 17, 4]:
    s.add(Q(i))
print(s, Q(17) in s, len(s))
d = {Q(3): 'a', Q(1): 'b'}
d[Q(3)] = 'c'
print(d, list(d))
print(frozenset({Q(1), Q(2)}) == frozenset({Q(2), Q(1)}))
print({(Q(1), 2), (Q(1), 2)})

class Point:
    def __init__(self, x, y, label):
        self.x, self.y, self.label = x, y, label
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
seen2 = {Point(1, 2, "first")}
later = {Point(1, 2, "second")}
print([p.label for p in later])

# Keys with a user __eq__/__hash__: many equal temporaries, two classes of one hash, mutated keys kept; vars() writes back key by key.
class P:
    def __init__(s, x): s.x = x
    def __eq__(s, o): return isinstance(o, P) and s.x == o.x
    def __hash__(s): return hash(s.x)
s = {P(0)}
print(sum(P(0) in s for _ in range(20000)), len(s))
class Dog:
    def __init__(self, name): self.name = name
    def __eq__(self, o): return isinstance(o, Dog) and o.name == self.name
    def __hash__(self): return hash(self.name)
class Cat:
    def __init__(self, name): self.name = name
    def __eq__(self, o): return isinstance(o, Cat) and o.name == self.name
    def __hash__(self): return hash(self.name)
print(len({Dog("rex"), Cat("rex")}), len({Dog("rex"), Dog("rex")}))
visited = set()
frontier = [P(0)]
while frontier:
    p = frontier.pop()
    if p in visited:
        continue
    visited.add(p)
    for q in (P((p.x + 1) % 50), P((p.x * 7) % 50)):
        if q not in visited:
            frontier.append(q)
print(len(visited))
class A:
    pass
a = A()
d = vars(a)
a.y = 5
d["x"] = 1
print(a.y, a.x, vars(a))
d.update(z=3)
print(sorted(vars(a).items()))
e = OSError(2, "gone", None)
print(e.args, e, e.filename)

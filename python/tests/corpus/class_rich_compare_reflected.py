# Rich comparisons and binary operators of user classes: results as returned, a subclass's reflected method first.
class M:
    def __add__(self, o):
        return "M.add"
    def __radd__(self, o):
        return "M.radd"
class Sub(M):
    def __radd__(self, o):
        return "Sub.radd"
class Same(M):
    pass
print(M() + Sub(), M() + Same(), Sub() + M(), 1 + Sub())
class E:
    def __eq__(self, o):
        return "yes"
    def __lt__(self, o):
        return "lt"
    def __ne__(self, o):
        return NotImplemented
print(E() == 1, 1 == E(), 1 > E(), 1 != E(), E() != E())
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("V.lt", self.v, o.v)
        return self.v < o.v
class W(V):
    def __gt__(self, o):
        print("W.gt", self.v, o.v)
        return NotImplemented
print(V(1) < W(2), W(1) < V(2))
print(sorted([V(3), V(1), V(2)], key=lambda x: x)[0].v)
class N:
    def __eq__(self, o): return NotImplemented
n = N()
print(n == n, n == N(), n != n, [n] == [n], n in [N()])
try:
    print(V(1) <= V(2))
except TypeError as e:
    print(e)

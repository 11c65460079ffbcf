# Positional-only parameters (before /): a keyword of the same name goes to
# **kwargs, or is an error.
def f(a, b, /, c, *, d=4):
    return a, b, c, d


def g(a, /, **kw):
    return a, kw


print(f(1, 2, 3), f(1, 2, c=3, d=5))
print(g(1, a=2), g(1), g(1, b=3))
h = lambda x, /, y=2: (x, y)
print(h(1), h(1, y=5))
for call in (lambda: f(1, b=2, c=3), lambda: f(a=1, b=2, c=3), lambda: g(a=1),
             lambda: h(x=1), lambda: f(1, 2), lambda: f(1, 2, 3, 4), lambda: f(1, 2, c=3, e=0)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


class P:
    def m(self, x, /):
        return x


print(P().m(5))
try:
    P().m(x=5)
except TypeError as e:
    print("TypeError:", e)

def f(a):
    return a


def g(a, b, *, c):
    return a


text = "abc"


class K:
    def method(self, x):
        return x


for call in [lambda: f(), lambda: f(1, 2), lambda: f(1, z=3), lambda: g(1), lambda: g(1, 2),
             lambda: g(1, 2, 3, c=4), lambda: K().method(), lambda: K().method(1, 2), lambda: f(1, a=2),
             lambda: len(5), lambda: len(), lambda: int([]), lambda: text(), lambda: K(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

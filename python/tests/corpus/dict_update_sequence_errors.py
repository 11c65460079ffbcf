# dict(seq) and d.update(seq): each element must be a pair; an element's own error passes through.
def bad():
    yield (1, 2)
    raise KeyError("from the generator")
for src in ([(1, 2), (3, 4)], [(1, 2, 3)], [5], [[1, 2]], ["ab"]):
    for f in (dict, lambda s: {}.update(s)):
        try:
            print(f(src))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
class P:
    def __iter__(self):
        raise RuntimeError("no pairs here")
for f in (dict, lambda s: {}.update(s)):
    try:
        f([P()])
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        f([bad()])
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

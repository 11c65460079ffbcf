# tuple.index/count and slice.indices: arguments checked, index's start and stop.
t = (1, 2, 1)
print(t.index(1, 1), t.index(1, -1), t.count(1), slice(1, 10, 2).indices(5))
for f in [lambda: t.count(), lambda: t.index(), lambda: t.count(x=1), lambda: t.index(2, 0, 1),
          lambda: (1,).count(1, 2), lambda: t.index(1, 1, 2, 3), lambda: slice(1, 2).indices(),
          lambda: slice(1, 2).indices(-1), lambda: t.index(5)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

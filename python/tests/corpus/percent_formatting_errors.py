for fmt, args in [
    ("%d", (1, 2)),
    ("%y", 1),
    ("%", 1),
    ("%(a)s", 1),
    ("%c", "ab"),
    ("%x", 1.5),
    ("%s %s", [1, 2]),
    ("%(a)s", {}),
    ("%d", None),
    ("%*d", ("a", 1)),
    ("%.*f", (2,)),
    ("%s", ()),
]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)

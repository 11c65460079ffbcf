for fmt, args in [
    ("}", ()),
    ("{", ()),
    ("{0", (1,)),
    ("{:{}", (1, 2)),
    ("{0.nope}", (1,)),
    ("{0[5]}", ([1],)),
    ("{:d}", (1.5,)),
    ("{!x}", (1,)),
    ("{0!}", (1,)),
    ("{1}", (1,)),
    ("{a.b}", ()),
    ("{0[}", (1,)),
    ("{:>>>}", (1,)),
    ("{:{}{}}", (1, ">", "x")),
]:
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)

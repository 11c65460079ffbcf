def risky(kind):
    if kind == 1:
        return int("nope")
    if kind == 2:
        return [1][5]
    if kind == 3:
        return {}["k"]
    return "fine"


for kind in range(4):
    try:
        result = risky(kind)
    except (ValueError, IndexError) as e:
        print(kind, "value/index:", type(e).__name__, e)
    except KeyError as e:
        print(kind, "key:", repr(e))
    else:
        print(kind, "no error:", result)
    finally:
        print(kind, "finally")

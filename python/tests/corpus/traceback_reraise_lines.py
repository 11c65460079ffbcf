def convert(text):
    try:
        return int(text)
    except ValueError as e:
        print("converting failed:", e)
        raise e


def convert_bare(text):
    try:
        return int(text)
    except ValueError:
        raise


for fn in (convert_bare, convert):
    try:
        fn("x")
    except ValueError as e:
        print(fn.__name__, "raised", repr(e))
convert("y")

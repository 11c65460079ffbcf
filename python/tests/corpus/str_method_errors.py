word = "abc"
for action in [
    lambda: word.center(7, "ab"),
    lambda: word.ljust("3"),
    lambda: word.replace(1, "x"),
    lambda: word.startswith(1),
    lambda: word.find(),
    lambda: word.split(1),
    lambda: word.strip(1),
    lambda: word.upper(1),
    lambda: word.count(),
    lambda: word.zfill(),
    lambda: word.endswith(["c"]),
    lambda: word.join([1]),
    lambda: word.rjust(5, ""),
    lambda: word.title("x"),
]:
    try:
        action()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

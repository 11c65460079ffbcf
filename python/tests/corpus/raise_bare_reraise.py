def parse(text):
    try:
        return int(text)
    except ValueError:
        print("logging bad input:", repr(text))
        raise


print(parse("42"))
try:
    parse("4x2")
except ValueError as e:
    print("outer caught:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

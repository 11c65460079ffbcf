def to_number(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"not a number: {text}") from None


try:
    to_number("abc")
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
to_number("xyz")

# str: istitle, isprintable, format_map, translate and str.maketrans.
for s in ["Hello World", "Hello world", "HELLO", "A1 B2", "", "123", "Dž", "Hello  World!"]:
    print(repr(s), s.istitle())
for s in ["abc", "a\tb", "a\nb", "", " ", "é", "\u00ad", "a\u200bb", "\x7f"]:
    print(repr(s), s.isprintable())
print("{name} is {age}".format_map({"name": "Ada", "age": 36}))
table = str.maketrans("abc", "xyz", "!")
print(sorted(table.items()))
print("aabbcc! hi!".translate(table))
print("hello".translate({ord("l"): None, ord("o"): "0", 104: 72}))
print(str.maketrans({"a": "1", 98: None}))
for f in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans("abc"), lambda: str.maketrans({"ab": 1}),
          lambda: "x".translate({120: 3.5}), lambda: "{missing}".format_map({})]:
    try:
        print(f())
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)

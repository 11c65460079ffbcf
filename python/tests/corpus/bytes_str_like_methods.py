# bytes methods that mirror str's: partition, rsplit, splitlines, center, title, removeprefix... (ASCII rules)
b = b"key=value=more"
print(b.partition(b"="), b.rpartition(b"="), b.partition(b"#"), b.rpartition(b"#"))
print(b"a b  c".rsplit(None, 1), b"a,b,c".rsplit(b",", 1), b"a,b,c".split(b",", 1), b"a b c".split(maxsplit=1))
print(b"l1\nl2\r\nl3\x0bx\x0cy\x1cz\x85w".splitlines(), b"a\nb\n".splitlines(keepends=True))
print(b"x\x1cy\x85z\xa0w v".split(), b"x\x1cy\x85z".rsplit())
print(b"hi".center(6, b"*"), b"hi".ljust(5), b"hi".rjust(5, b"."), b"-42".zfill(6), b"\xe9t\xe9 abc".title(), b"Hello World".istitle())
print(b"prefix_x".removeprefix(b"prefix_"), b"x.py".removesuffix(b".py"), b"abcabc".rindex(b"b"), b"a\tbc\td".expandtabs(4))
print(b"abc".isascii(), b"\x80".isascii(), b"hello world".find(b"o", 5), b"hello".count(b"l", 3), b"hello".index(b"l", 3))
print(b"\xff\xfe".center(4, b"\x00"), b"caf\xc3\xa9".partition(b"\xc3"))
for bad in [lambda: b"x".partition("="), lambda: b"x".center(5, "*"), lambda: b"x".rindex(b"z")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

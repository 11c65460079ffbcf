data = bytes(range(250, 256)) + b"AB"
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -3))
print(bytes(2), b"x" * 3, b"abc"[0], b"abc"[-1:], list(b"hi"), b"a" < b"b")
for action in [lambda: bytes("abc"), lambda: b"a" + "b", lambda: bytes([300]), lambda: data.hex(":", 0), lambda: bytes(-1)]:
    try:
        action()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(repr(b"\x00\x01\x7f\x80 ~"), bytes.fromhex("00ff"), b"".join([b"a", b"b"]))

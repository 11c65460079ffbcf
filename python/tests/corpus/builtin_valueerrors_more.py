for action in [
    lambda: int("5", base=1),
    lambda: int("  "),
    lambda: int("1e3"),
    lambda: int("0x10"),
    lambda: float("1,5"),
    lambda: float(""),
    lambda: chr(0x110000),
    lambda: dict([(1, 2, 3)]),
    lambda: bytes.fromhex("zz"),
    lambda: bytes([256]),
    lambda: [1, 2, 3][::0],
    lambda: "abc".rindex("z"),
    lambda: int("12_"),
    lambda: pow(2, -1, 4),
    lambda: "x".center(-1) + str(int("-")),
]:
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
print(int("٣"), int(" 0x10 ", 16), int("0o17", 0), float(" 1_000.5 "), float("-InFiNiTy"))

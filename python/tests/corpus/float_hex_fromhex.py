# float.hex() and float.fromhex(): CPython's formats (13 hex digits, a
# subnormal as 0x0.<digits>p-1022), its parsing (whitespace, sign, optional
# 0x, point, p exponent, inf/nan), rounding half to even, and its errors;
# int.from_bytes / int.to_bytes.
import random

print((1.5).hex(), (0.1).hex(), 0.0.hex(), (-0.0).hex())
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
print((5e-324).hex(), (2.2250738585072014e-308).hex(), (1e-310).hex())
print((1.7976931348623157e308).hex(), (-2.5).hex(), (1.0).hex(), (1 / 3).hex())
for s in ["0x1.8p0", "0x1.999999999999ap-4", "-0x0p0", "inf", "-Infinity", "nan",
          " 0x1p-1074 ", "0x1p-1075", "0x1.8p-1074", "0x3p-1076",
          "0X1.FFFFFFFFFFFFFp1023", "1", "0x.8", "0x1.", "ff", "0xff", "+0x10p-4",
          "0x1.0000000000000800000001p0", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x0.0000000000001p-1022", "0x1p1023",
          "-0x1.fffffffffffff8p1023", "  nan  ", "0x_1p0", "0x1_0p0", "0x1p1024",
          "0x2p1023", "", "x", "0x", "0x1p", "0x1p+", "0xg", "1.5e3", "0x1.8p0x",
          "0x1p-99999999999999999999", "0x1p99999999999999999999", "0x0p99999"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
try:
    float.fromhex(5)
except TypeError as e:
    print(e)
x = 123.456
print(float.fromhex(x.hex()) == x, x.hex(), float.hex(x), type(float.fromhex("0x1p0")).__name__)

random.seed(7)
for i in range(300):
    e = random.choice([0, 1, 2, 0x7FE, random.randrange(2047)])
    m = random.getrandbits(52)
    sign = "-" if random.getrandbits(1) else ""
    h = f"{sign}0x{0 if e == 0 else 1}.{m:013x}p{-1022 if e == 0 else e - 1023}"
    y = float.fromhex(h)
    nd = random.randrange(1, 30)
    digits = "".join(random.choice("0123456789abcdef") for _ in range(nd))
    k = random.randrange(0, nd + 1)
    t = f"0x{digits[:k]}.{digits[k:]}p{random.randrange(-1200, 1100)}"
    try:
        z = float.fromhex(t).hex()
    except OverflowError:
        z = "overflow"
    if i % 10 == 0:
        print(h, y.hex(), repr(y), t, z)

print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff", "big", signed=True), int.from_bytes([1, 2, 3], byteorder="big"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x01"), int.from_bytes(bytes=b"\x02\x01", byteorder="little"))
print(int.from_bytes(b"\x80" + b"\x00" * 9, "big", signed=True))
print((1024).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), (255).to_bytes(1, byteorder="big"))
print((0).to_bytes(0, "big"), (65).to_bytes(), (2**70).to_bytes(10, "big"))
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
          lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"),
          lambda: int.from_bytes(b"\x01", "middle"), lambda: int.from_bytes("ab", "big")]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

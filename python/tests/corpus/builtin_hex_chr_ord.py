for n in [0, 9, 10, 255, 256, -1, 2 ** 64]:
    print(n, hex(n), bin(n) if n < 300 else "...", oct(n))
word = "Hi!"
print([ord(c) for c in word])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(chr(0x263A), ord("\n"), ord(" "))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)

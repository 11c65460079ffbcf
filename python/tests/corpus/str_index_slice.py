s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:-7], s[-5:-1])
print(s[::2], s[1::3], s[::-1], s[-1:-6:-1])
print(s[100:], repr(s[5:2]), s[-100:3])
print(len(s), s * 2, "ab" * 0, 3 * "-")
try:
    s[50]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)

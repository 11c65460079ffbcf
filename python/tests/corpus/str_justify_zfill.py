for word in ["a", "abc", "abcdef"]:
    print(f"[{word.ljust(5)}] [{word.rjust(5)}] [{word.center(5)}] [{word.center(6, '*')}]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "3.14".zfill(7))
print("[" + "x".ljust(4, ".") + "]", "[" + "7".rjust(3, "0") + "]")
table = [("item", "qty"), ("apples", 3), ("kiwis", 12)]
for name, qty in table:
    print(str(name).ljust(8) + str(qty).rjust(4))

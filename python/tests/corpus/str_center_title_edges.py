for s in ["a", "ab", "abc", "abcd"]:
    print("|".join(s.center(w, "*") for w in range(4, 10)))
for s in ["hello world2abc", "o'neil", "x-ray", "ÉCOLE normale", "they're", "123abc", "a_b c", "  lead"]:
    print(repr(s.title()), repr(s.upper()), repr(s.lower()))
print(repr("ab".ljust(1)), repr("ab".rjust(-3)), repr("".zfill(3)), repr("-".zfill(3)), repr("+x".zfill(4)))

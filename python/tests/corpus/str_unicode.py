word = "naïve café"
print(len(word), word.upper(), word[2], word[::-1])
print(ord("é"), chr(233), ord("€"), chr(8364), ord("A"), chr(97))
print("日本語"[1], len("日本語"), "😀" * 3, len("😀"))
print(sorted(["é", "e", "z", "É"]))
print("straße".upper(), "ÉCOLE".lower(), "ß" == "ss")
print(repr("日本"), ascii("日本"))
print("café".encode("utf-8"), b"caf\xc3\xa9".decode())

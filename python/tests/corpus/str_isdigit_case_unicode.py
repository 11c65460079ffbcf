for s in ["123", "²", "٣", "½", "Ⅻ", "-1", " 1", "", "1.0", "०१"]:
    print(repr(s), s.isdigit())
print(int("٣"), int("०१"), "ß".upper(), "ß".title(), "ﬁ".upper(), len("İ".lower()))
print("ǅ".lower(), "ǆ".title(), "ΣΑΣ".lower(), "straße".title(), "ÅNGSTRÖM".lower())
try:
    int("²")
except ValueError as e:
    print("ValueError:", e)

# str.encode with the common codecs and error handlers; casefold.
s = "héllo wörld"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"))
print(s.encode("latin-1"), s.encode("Latin_1"), s.encode("iso-8859-1"))
print("hi".encode("utf-16"), "hi".encode("utf-16-le"), "hi".encode("utf-16-be"))
print("a€".encode("utf-32"), len("a𝄞".encode("utf-16-le")))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", errors="replace"))
for enc, text in (("ascii", "é"), ("ascii", "naïve café"), ("ascii", "日本"), ("latin-1", "€"),
                  ("ascii", "ab😀"), ("klingon", "x")):
    try:
        print(text.encode(enc))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    except LookupError as e:
        print("LookupError:", e)
print(isinstance(UnicodeEncodeError("ascii", "x", 0, 1, "r"), ValueError))
print("é".encode("latin-1").decode("latin-1"), "straße".encode().decode())
print("ß".casefold(), "Straße".casefold() == "STRASSE".casefold(), "ΣΊΣΥΦΟΣ".casefold(), "ﬁne".casefold())
print("Hello".casefold(), "İ".lower() == "İ".casefold())

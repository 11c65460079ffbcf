s = "   Hello World  \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "...done!!".lstrip("."), "done!!?".rstrip("!?"))
print("www.example.com".strip("cmowz."))
title = "the quick BROWN fox's tale"
print(title.upper(), title.lower(), sep=" | ")
print(title.title())
print("hello world".capitalize(), "Hello".swapcase())
print("abc".isdigit(), "123".isdigit(), "".isdigit(), "12.5".isdigit())
print("abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "Hi".isupper(), "hi".islower())

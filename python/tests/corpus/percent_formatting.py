name = "Ada"
print("Hello, %s!" % name)
print("%s is %d years, %r" % (name, 36, name))
print("[%5.2f] [%-5s] [%5s] [%x] [%X] [%o] [%%]" % (3.14159, "ab", "ab", 255, 255, 8))
print("[%05d] [%+d] [%e] [%.3e] [%g] [%c]" % (42, 7, 12345.678, 0.00012, 0.0001, 65))
print("%s" % [1, 2])
print("%s %s" % ("a", (1, 2)))
print("%(name)s scored %(score)03d" % {"name": "Bo", "score": 7})
print("%d%%" % 50.9)
print("%s" % (("tuple",),))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)

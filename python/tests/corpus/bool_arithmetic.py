print(True + True, True * 10, False - 1, True / 2)
print(sum([True, False, True, True]))
print(True == 1, False == 0, True is True)
print(isinstance(True, int), type(True).__name__, bool.__name__)
print(str(True), repr(False), int(True), f"{True}")
print(bool(0), bool(-1), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool({}))
flags = [x > 2 for x in range(5)]
print(flags, flags.count(True))
print({True: "a", 1: "b"})

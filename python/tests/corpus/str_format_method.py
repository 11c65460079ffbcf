print("{} + {} = {}".format(1, 2, 3))
print("{1} before {0}, {0} again".format("a", "b"))
print("{name} is {age}".format(name="Ada", age=36))
print("{0[1]} {d[key]} {0[0]}".format(["x", "y"], d={"key": "val"}))


class P:
    x = 3
    y = 4


print("point ({p.x}, {p.y})".format(p=P()))
print("[{:>8}] [{:<6.2f}] [{:^7}] [{:,}]".format("r", 2.5, "mid", 10**6))
print("[{0:{1}}] [{val:{fill}>{w}}]".format("ab", 5, val=7, fill="0", w=4))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format("braces"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)

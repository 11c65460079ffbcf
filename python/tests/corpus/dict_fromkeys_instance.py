# dict.fromkeys read through an instance; unbound built-in methods check their receiver.
print({}.fromkeys(range(3), []))
d = {"x": 1}
print(d.fromkeys("ab", 0), d)
print(dict.fromkeys(["a", "b"]), str.upper("abc"), list.count([1, 1], 1))
for call in [lambda: str.upper(5), lambda: list.append((), 1), lambda: dict.get([], 1)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(int.bit_length(True), dict.keys({"k": 1}))

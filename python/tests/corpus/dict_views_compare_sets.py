# Dict keys and items views compare with sets and with each other, as sets.
d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, {"a", "b"} == d.keys(), d.keys() != {"a"})
print(d.items() == {("a", 1), ("b", 2)}, d.items() == {("a", 1), ("b", 3)})
print(d.keys() == {"b": 0, "a": 0}.keys(), d.keys() == ["a", "b"], d.values() == d.values())
print(d.keys() <= {"a", "b", "c"}, d.keys() < {"a", "b"}, d.keys() >= {"a"}, {"a"} < d.keys())
print(d.keys() & {"a", "z"}, sorted(d.keys() | {"c"}), d.keys() - {"a"}, sorted(d.keys() ^ {"a", "q"}))
print(frozenset({"a", "b"}) == d.keys())
print([d.keys()] == [{"a", "b"}], d.keys() in [{"b", "a"}], [d.items()] == [d.items()])

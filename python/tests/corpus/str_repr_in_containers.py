words = ["it's", 'say "hi"', "both ' and \"", "tab\there", "ünï"]
print(words)
print(tuple(words[:2]))
print({"key's": "val\n"})
print(str(words[0]), repr(words[0]))
print([1.0, -0.0, 1e100, None, True, b"x", "", ()])
print([[], [[]], {}, set(), ((),)])

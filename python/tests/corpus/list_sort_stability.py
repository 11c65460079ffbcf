students = [("ann", "B"), ("bob", "A"), ("cat", "B"), ("dan", "A"), ("eve", "C"), ("fay", "A")]
by_grade = sorted(students, key=lambda s: s[1])
for name, grade in by_grade:
    print(grade, name)
print(sorted(students, key=lambda s: s[1], reverse=True))
records = [(2, "x"), (1, "y"), (2, "a"), (1, "b")]
records.sort(key=lambda r: r[0])
print(records)

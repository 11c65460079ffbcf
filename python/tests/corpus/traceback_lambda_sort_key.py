people = [{"name": "ann", "age": 31}, {"name": "bob"}, {"name": "cid", "age": 25}]


def by_age(rows):
    return sorted(rows, key=lambda r: r["age"])


print([p["name"] for p in by_age([people[0], people[2]])])
print(by_age(people))

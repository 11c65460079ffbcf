class Team:
    def __init__(self, *members):
        self.members = members

    def __iter__(self):
        for m in self.members:
            yield m.title()


team = Team("ann", "bob", "cid")
print(list(team))
for name in team:
    print("member", name)
print("Bob" in team, "bob" in team, sorted(team, reverse=True))
it = iter(team)
print(next(it), next(it))

from itertools import chain, cycle, islice

colors = cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])
print(list(islice("abcdefgh", 3)), list(islice("abcdefgh", 2, 6)), list(islice(range(20), 1, 12, 4)))
print(list(chain([1, 2], (3,), "ab", range(2))))
print(list(chain.from_iterable([[1], [2, 3], []])))
players = cycle("AB")
for turn, player in zip(range(1, 5), players):
    print("turn", turn, "player", player)

import itertools

counter = itertools.count()
print(next(counter), next(counter), next(counter))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.count(1.5, 0.5), 3)))
print(list(itertools.repeat("ab", 3)), list(itertools.repeat(0, 0)))
print(list(zip(itertools.count(1), "xyz")))
print(list(map(pow, range(5), itertools.repeat(2))))

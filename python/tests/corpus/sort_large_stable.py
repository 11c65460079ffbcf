import random
random.seed(3)
for n in [0, 1, 2, 63, 64, 65, 100, 257, 1000, 4099, 10000]:
    xs = [random.randint(0, n // 3 + 1) for _ in range(n)]
    pairs = [(x, i) for i, x in enumerate(xs)]
    a = sorted(xs)
    b = sorted(pairs, key=lambda p: p[0])
    c = sorted(xs, reverse=True)
    d = sorted(pairs, key=lambda p: p[0], reverse=True)
    print(n, a == sorted(a), hash(tuple(b)) % 1000003, hash(tuple(d)) % 1000003, c[:3], b[:2] if b else None)
runs = list(range(500)) + list(range(500, 0, -1)) + [random.random() for _ in range(300)] + list(range(200))
print(sorted(runs)[::97])


class Job:
    def __init__(self, p):
        self.p = p

    def __lt__(self, other):
        return self.p < other.p


jobs = [Job(random.random()) for _ in range(20000)]
jobs.sort()
print(all(not b < a for a, b in zip(jobs, jobs[1:])), round(jobs[0].p, 6), round(jobs[-1].p, 6))

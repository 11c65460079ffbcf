# random's distributions: CPython's streams for gauss, normalvariate, lognormvariate, expovariate, paretovariate, weibullvariate, triangular.
import random
random.seed(5)
print(random.gauss(0, 1), random.gauss(), random.gauss(mu=10, sigma=2), random.triangular(0, 1))
print(random.normalvariate(), random.normalvariate(5, 0.5), random.lognormvariate(0, 0.25))
print(random.expovariate(5), random.expovariate(0.5), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.triangular(1, 10, 2), random.triangular(high=4), random.triangular(3, 3, 3))
random.seed(5)
print(random.gauss(0, 1))
random.seed(42)
latencies = [round(random.expovariate(10), 4) for _ in range(5)]
print(latencies, round(sum(random.gauss(100, 15) for _ in range(1000)) / 1000, 6))
for f in [lambda: random.expovariate(), lambda: random.expovariate(0), lambda: random.gauss(1, 2, 3), lambda: random.gauss(nu=1)]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

import random

random.seed(5)
for action in [
    lambda: random.randint(5, 1),
    lambda: random.sample(range(3), 5),
    lambda: random.sample({1, 2, 3}, 2),
    lambda: random.choices([1, 2], weights=[1], k=2),
    lambda: random.shuffle((1, 2, 3)),
    lambda: random.randrange(1, 1),
    lambda: random.randrange(0, 10, 0),
    lambda: random.sample([1, 2], -1),
    lambda: random.choice({}),
    lambda: random.choices([], k=1),
]:
    try:
        print(action())
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(random.random())

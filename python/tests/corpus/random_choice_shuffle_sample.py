import random

random.seed(2024)
colors = ["red", "green", "blue", "yellow", "purple"]
print(random.choice(colors), random.choice("abcdef"), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(colors, 3))
print(random.sample(range(1000), 5))
print(random.choices(colors, k=4))
print(random.choices(["heads", "tails"], weights=[9, 1], k=6))
print(random.choices(range(3), cum_weights=[1, 1, 10], k=5))
print(random.choices(colors))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)

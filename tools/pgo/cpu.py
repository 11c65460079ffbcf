# Training program for the PGO build (scripts/pgo.sh), not a benchmark.
# CPU-bound student code: loops, arithmetic, lists, dicts, strings, classes, recursion.
def primes(n):
    out = []
    for i in range(2, n):
        is_p = True
        j = 2
        while j * j <= i:
            if i % j == 0:
                is_p = False
                break
            j += 1
        if is_p:
            out.append(i)
    return out

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right

def build(d):
    if d == 0:
        return None
    return Node(d, build(d - 1), build(d - 1))

def total(t):
    return 0 if t is None else t.v + total(t.left) + total(t.right)

def ackermann_ish(n):
    return n if n < 2 else ackermann_ish(n - 1) + ackermann_ish(n - 2)

words = {}
text = "the quick brown fox jumps over the lazy dog " * 200
for w in text.split():
    words[w] = words.get(w, 0) + 1
s = 0
for i in range(300000):
    s += i * 2 - 1
acc = []
for i in range(20000):
    acc.append(f"{i}:{i * i % 7}")
print(len(primes(20000)), max(collatz(i) for i in range(1, 20000)), total(build(14)),
      ackermann_ish(22), sorted(words.items())[:3], s, len("".join(acc)))

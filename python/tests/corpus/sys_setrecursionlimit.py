# sys.setrecursionlimit raises the depth a recursive function may reach.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(4000))
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(4900 < count(0) < 5000)
for bad in [0, -5, 2.5, 10 ** 20, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(60000)
print(depth(50000))
sys.setrecursionlimit(1000)
try:
    depth(2000)
except RecursionError as e:
    print("RecursionError:", e)

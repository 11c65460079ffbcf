# bisect: bisect_left/bisect_right/bisect, insort_left/insort_right/insort,
# lo/hi bounds, key=, and the C version's argument errors.
import bisect

scores = [10, 20, 20, 20, 30, 40]
for x in (5, 20, 25, 40, 45):
    print(x, bisect.bisect_left(scores, x), bisect.bisect_right(scores, x), bisect.bisect(scores, x))
print(bisect.bisect_left(scores, 20, 2), bisect.bisect_right(scores, 20, 0, 3), bisect.bisect(scores, 20, hi=-1))


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100)])
queue = []
for item in (5, 1, 4, 1, 3):
    bisect.insort(queue, item)
print(queue)
bisect.insort_left(queue, 1)
bisect.insort_right(queue, 4, lo=2)
print(queue)

tasks = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(tasks, 3, key=lambda t: t[1]), bisect.bisect_right(tasks, 3, key=lambda t: t[1]))
bisect.insort(tasks, ("d", 4), key=lambda t: t[1])
bisect.insort_left(tasks, ("e", 1), key=lambda t: t[1])
print(tasks)
words = ["apple", "fig", "banana"]
words.sort(key=len)
bisect.insort(words, "kiwi", key=len)
print(words)

cases = [
    lambda: bisect.bisect_left([1], 1, -1),
    lambda: bisect.bisect(),
    lambda: bisect.bisect([1]),
    lambda: bisect.bisect([1], 1, 0, 1, 5),
    lambda: bisect.bisect([1], 1, z=3),
    lambda: bisect.bisect([1], 1, a=3),
    lambda: bisect.bisect([1], 1, "x"),
    lambda: bisect.bisect([1, 2, 3], 2, 0, 1.5),
    lambda: bisect.insort(None, 1),
    lambda: bisect.bisect_left([1, "a"], 2),
    lambda: bisect.bisect(x=1, a=[1, 3]),
    lambda: bisect.insort([3, 1], 2, key=1),
]
for case in cases:
    try:
        print(case())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

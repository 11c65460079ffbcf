from collections import deque

recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
    print(recent)
recent.appendleft(100)
print(recent, recent.maxlen)
print(deque("abcdef", maxlen=2))
print(deque([1, 2]).maxlen)

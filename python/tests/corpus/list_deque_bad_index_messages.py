# Indexing a list or deque with a non-int: CPython's messages for get, set and delete.
from collections import deque
scores = [90, 80]
cases = [lambda: scores.__setitem__("bob", 70)]
def set_str():
    scores["bob"] = 70
def set_float():
    scores[1.0] = 2
def del_str():
    del scores["a"]
def dq_set():
    d = deque([1])
    d["a"] = 1
def dq_del():
    d = deque([1])
    del d["a"]
def dq_get():
    return deque([1])[1.5]
for f in [set_str, set_float, del_str, dq_set, dq_del, dq_get]:
    try:
        f()
    except TypeError as e:
        print(f.__name__, e)

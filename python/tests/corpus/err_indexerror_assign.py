from collections import deque

lst = [1, 2, 3]


def set_item():
    lst[5] = 0


def del_item():
    del lst[-4]


for action in [
    set_item,
    del_item,
    lambda: "abc"[3],
    lambda: deque([1])[2],
    lambda: range(0, 10, 3)[4],
    lambda: b"ab"[2],
    lambda: [][-1],
    lambda: (1, 2)[-3],
    lambda: lst.pop(3),
    lambda: lst.insert(100, 4) or lst[100],
]:
    try:
        action()
    except IndexError as e:
        print("IndexError:", e)
print(lst)
lst[10] = 0

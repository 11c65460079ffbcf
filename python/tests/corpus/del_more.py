a, b, c = 1, 2, 3
del a, b
try:
    print(a)
except NameError as e:
    print(c, "NameError:", e)


def local_del():
    x = 1
    del x
    return x


class P:
    pass


t = (1, 2)
try:
    local_del()
except NameError as e:
    print(type(e).__name__ + ":", e)
p = P()
try:
    del p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[-2:], lst[0]
print(lst)
g = 5


def del_global():
    global g
    del g


del_global()
try:
    print(g)
except NameError as e:
    print("NameError:", e)
del c
del c

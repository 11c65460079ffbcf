x = "global"


def shadow():
    print(x)
    x = "local"


def conditional(flag):
    if flag:
        y = 1
    return y


def after_del():
    z = 1
    del z
    z += 1


for fn, args in [(shadow, ()), (conditional, (False,)), (after_del, ())]:
    try:
        fn(*args)
    except UnboundLocalError as e:
        print(fn.__name__, "->", e)
print(conditional(True))
shadow()

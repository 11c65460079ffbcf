# match: errors raised while matching: not a class, __match_args__ of the wrong type or too short, repeated attributes, duplicate keys from values.
class A:
    __match_args__ = ["x"]
    x = 1
class B:
    pass
class C:
    __match_args__ = ("x",)
    x = 2
class K:
    a = "k"
    b = "k"

def attempt(what, f):
    try:
        f()
        print(what, "matched nothing")
    except Exception as e:
        print(what, "->", type(e).__name__, e)

def not_a_class():
    match 1:
        case len():
            pass
def match_args_list():
    match A():
        case A(y):
            pass
def no_match_args():
    match B():
        case B(y):
            pass
def too_many():
    match C():
        case C(a, b):
            pass
def builtin_too_many():
    match 5:
        case int(a, b):
            pass
def repeated():
    match C():
        case C(x, x=3):
            pass
def duplicate_key():
    match {"k": 1}:
        case {K.a: 1, K.b: 2}:
            pass
def wrong_type_first():
    match "text":
        case B(y):
            pass

for name, f in [("not_a_class", not_a_class), ("match_args_list", match_args_list),
                ("no_match_args", no_match_args), ("too_many", too_many),
                ("builtin_too_many", builtin_too_many), ("repeated", repeated),
                ("duplicate_key", duplicate_key), ("wrong_type_first", wrong_type_first)]:
    attempt(name, f)

match C():
    case C(1, 2):
        pass

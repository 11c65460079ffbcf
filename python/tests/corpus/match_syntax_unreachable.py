# match: an irrefutable case that is not last is a SyntaxError ("makes remaining patterns unreachable").
def f(v):
    match v:
        case [x]:
            return 1
        case x:
            return 2
        case 3:
            return 3
print(f(1))

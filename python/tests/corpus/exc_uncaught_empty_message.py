def check(value):
    if not value:
        raise ValueError("")
    return value


print(check("ok"))
try:
    check("")
except ValueError as e:
    print("caught", repr(e), repr(str(e)))
check(0)

print(True and "yes", 0 and "never", "" or "fallback", [] or {} or 0)
print(None or [] or "last", 1 and 2 and 3)
print(not 0, not [1], not "")


def loud(x):
    print("loud", x)
    return x


print(loud(0) and loud(1))
print(loud(1) or loud(2))
name = ""
print(name or "anonymous")

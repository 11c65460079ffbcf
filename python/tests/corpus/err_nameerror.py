def show():
    print(undefined_name)


try:
    show()
except NameError as e:
    print("NameError:", e, e.args)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
print(udnefined_too)

try:
    1 / 0
except ZeroDivisionError as err:
    print("caught", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

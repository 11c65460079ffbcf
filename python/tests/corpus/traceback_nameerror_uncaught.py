def greet(name):
    message = "hello " + name
    prnt(message)


try:
    greet("ann")
except NameError as e:
    print("NameError:", e)
greet("bob")

# A global declaration after a use: the caret is under the whole statement.
def f():
    print(x)
    global x, y

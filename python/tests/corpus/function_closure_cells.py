# A function's __closure__: its cells and their cell_contents (an empty cell: ValueError).
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double = make_multiplier(2)
print(double(5), double.__closure__[0].cell_contents, make_multiplier.__closure__, len(double.__closure__))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print(c(), c.__closure__[0].cell_contents, type(c.__closure__[0]).__name__, (lambda: 0).__closure__)
def later():
    def get():
        return value
    cell = get.__closure__[0]
    try:
        print(cell.cell_contents)
    except ValueError as e:
        print("ValueError:", e)
    value = 5
    print(cell.cell_contents, get())
later()
def two(a, b):
    return lambda: a + b
print([cl.cell_contents for cl in two(1, 2).__closure__])

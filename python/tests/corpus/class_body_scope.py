class Config:
    print("class body runs at definition")
    size = 3
    cells = [0] * size
    squares = [i * i for i in range(size)]
    try:
        doubled = [size * 2 for _ in range(2)]
    except NameError as e:
        print("NameError in class-body comprehension:", e)

    def area(self):
        try:
            return size * size
        except NameError as e:
            return f"NameError: {e}; via self: {self.size * self.size}"


print(Config.cells, Config.squares, hasattr(Config, "doubled"))
c = Config()
print(c.area())
c.size = 10
print(c.size, Config.size, c.area())

class Config:
    debug = False

    def __init__(self, **options):
        for k, v in options.items():
            setattr(self, k, v)


c = Config(level=3, name="dev")
print(vars(c))
print(type(c).__name__, type(c) is Config, type(type(c)).__name__)
c.extra = [1]
print(sorted(vars(c)))
print(type(print).__name__, type(len).__name__)
print(type(c.__init__).__name__, type(Config.__init__).__name__)
n = 5
print(type(n)(7) + 1, type("x")(42) + "!")

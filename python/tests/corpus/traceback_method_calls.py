class Inventory:
    def __init__(self):
        self.items = {"bolt": 10}

    def take(self, name, n):
        have = self.items[name]
        if n > have:
            raise RuntimeError(f"only {have} {name}(s) left")
        self.items[name] = have - n
        return n

    def take_all(self, orders):
        for name, n in orders:
            self.take(name, n)
            print("took", n, name)


inv = Inventory()
inv.take_all([("bolt", 4), ("bolt", 5), ("bolt", 2)])

class Basket:
    items = []
    count = 0

    def add(self, thing):
        self.items.append(thing)
        self.count += 1


a = Basket()
b = Basket()
a.add("apple")
b.add("pear")
print(a.items, b.items, Basket.items is a.items)
print(a.count, b.count, Basket.count, vars(a), vars(b))
Basket.count = 100
c = Basket()
print(a.count, c.count)
a.items = ["own"]
print(a.items, b.items, Basket.items)
del a.items
print(a.items)

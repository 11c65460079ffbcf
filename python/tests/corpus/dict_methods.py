stock = {"apple": 3}
print(stock.setdefault("apple", 100), stock.setdefault("pear", 0), stock)
stock.update({"apple": 5, "kiwi": 2})
stock.update(banana=7)
print(stock)
print(stock.pop("kiwi"), stock.pop("missing", "none"), stock)
try:
    stock.pop("missing")
except KeyError as e:
    print("KeyError:", e)
copy = stock.copy()
copy["apple"] = 0
print(stock["apple"], copy["apple"])
print(stock.items())
print(stock.keys(), stock.values())
merged = {**stock, "fig": 1, "apple": 9}
print(merged)
print(stock | {"grape": 4})
print(stock.popitem(), stock)

def lookup(table, key):
    return table[key]


prices = {"apple": 1.25}
print(lookup(prices, "apple"))
print(lookup(prices, "x"))

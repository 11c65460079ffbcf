def parse_row(row):
    name, qty = row.split(",")
    return name, int(qty)


def load(rows):
    return [parse_row(r) for r in rows]


def main():
    print(load(["apple,3", "pear,5"]))
    print(load(["kiwi,2", "fig,many"]))


main()

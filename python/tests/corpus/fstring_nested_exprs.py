x = 3
w = 8
items = {"a": 1}
names = ["ann", "bob"]
print(f"{f'{x}' * 2} {f'[{x:>{w}}]'}")
print(f"{'big' if x > 2 else 'small'} {items['a']} {names[-1].title()}")
print(f"{x!r:^10}|{'{'}{'}'}|{x,}|{ x }|{(lambda: 5)()}")
print(f"{3.0:{'>'}{8}}|{x:{w}}|{'s':{'*'}^{w}}|")
print(f"{ {'k': 2}['k'] } {[1, 2][0]} {len(names):03d} {names!r}")
print(f"""multi
{x + 1}
line""")
print(f"{x:{w}.{x}f}" + f"{'|'}" + f"{x}" f"{x}" "{x}")
for i in range(1, 4):
    print(f"{i:>{i + 1}}|{'#' * i:<{4}}|{i / 3:.{i}f}")

def describe(name, **info):
    print(name, type(info).__name__)
    for key, value in info.items():
        print(f"  {key} = {value!r}")


describe("Ada", born=1815, field="math")
describe("Bob")
opts = {"color": "red", "size": 3}
describe("thing", **opts, extra=True)


def everything(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, z=9))

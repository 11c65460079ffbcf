class Pet:
    def __init__(self):
        self.name = "rex"


for obj, attr in [(None, "foo"), (5, "append"), ("s", "push"), ([], "add"), (Pet(), "age"), ({}, "x")]:
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    Pet.nothing
except AttributeError as e:
    print("AttributeError:", e)
p = None
p.foo

# __del__ runs when an object's last reference goes (del, a rebinding, a
# local at return, a container cleared), once; objects still alive at the
# end are finalized after the program, in the order they were made.
class Resource:
    def __init__(self, name):
        self.name = name
        print("acquire", name)

    def __del__(self):
        print("release", self.name)


a = Resource("a")
del a
print("after del")
b = Resource("b")
b = Resource("b2")
print("after rebinding")


def work():
    r = Resource("local")
    print("working with", r.name)


work()
print("after work")
items = [Resource(f"item{i}") for i in range(3)]
items.clear()
print("after clear")
d = {"k": Resource("in dict")}
d.pop("k")
print("after pop")


class Noisy(Resource):
    def __del__(self):
        print("Noisy del", self.name)
        super().__del__()


n = Noisy("n")
n = None
keep1 = Resource("keep1")
keep2 = Noisy("keep2")
print("end of the program")

# Annotations in a class or module body are evaluated and kept in
# __annotations__ (simple names only, mangled); in a function they are not.
class Job:
    "A job."
    priority: int
    name: str = "idle"
    tags: "list[str]" = None
    __secret: bytes = b""
    if True:
        retries: float
    (weight): int = 5


print(Job.__annotations__)
print(list(Job.__dict__)[:4])
print(Job.name, Job.weight, Job._Job__secret)
print("priority" in Job.__dict__)

timeout: float = 2.5
print(__annotations__)


def run():
    count: int = 3
    label: NotDefinedAnywhere
    return count


print(run())


class Empty:
    pass


print("__annotations__" in Empty.__dict__)


def counted(n):
    print("evaluated", n)
    return n


class Order:
    a: counted(1) = counted(2)
    b: counted(3)


print(Order.__annotations__)
try:
    class Broken:
        x: missing_name = 1
except NameError as e:
    print(e)

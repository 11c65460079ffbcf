# Private names (__x) in a class are mangled to _Class__x, as in CPython.
import asyncio


def f(**kw):
    return kw


class Account:
    __count = 0

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1

    def __check(self, __amount):
        __ok = __amount <= self.__balance
        return __ok, __amount

    def withdraw(self, amount):
        ok, names = self.__check(amount)
        if ok:
            self.__balance -= amount
        return ok, names, f(__k=amount)

    async def slowly(self, amount):
        await asyncio.sleep(0.1)
        return self.__check(amount)[0]

    def __repr__(self):
        return f"Account({self.owner!r}, {self.__balance})"


class __Hidden:
    __y = 2


class _Single:
    __z = 3


class Outer:
    class __Inner:
        __w = 4

    def get(self):
        return self.__Inner._Inner__w


a = Account("ada", 100)
print(a.withdraw(30))
print(a)
print(vars(a), a._Account__balance, Account._Account__count)
print([k in vars(Account) for k in ("_Account__count", "_Account__check", "__count")])
for name in ("__balance", "__check"):
    try:
        getattr(a, name)
    except AttributeError as e:
        print(e)
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
print(vars(__Hidden).get("_Hidden__y"), vars(_Single).get("_Single__z"))
print("_Outer__Inner" in vars(Outer), "__Inner" in vars(Outer), Outer().get())
print(asyncio.run(a.slowly(50)), asyncio.run(a.slowly(80)))
a.__balance = 5   # outside a class: a new attribute named __balance
print(sorted(vars(a)))

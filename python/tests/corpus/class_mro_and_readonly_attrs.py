# C.mro(), C.__base__, and the messages for setting a built-in value's attributes.
class Vehicle: pass
class Bike(Vehicle): pass
class EBike(Bike): pass
print(EBike.mro())
print(EBike.__base__, Bike.__base__, Vehicle.__base__, object.__base__)
print([c.__name__ for c in EBike.__mro__])
for stmt in ["(5).real = 3", "'abc'.upper = 1", "[].append = 1", "(5).x = 3", "range(3).start = 1"]:
    try:
        if stmt == "(5).real = 3": (5).real = 3
        elif stmt == "'abc'.upper = 1": 'abc'.upper = 1
        elif stmt == "[].append = 1": [].append = 1
        elif stmt == "(5).x = 3": (5).x = 3
        else: range(3).start = 1
    except AttributeError as e:
        print(stmt, "->", e)

# type() of built-in values' special methods: method-wrapper for slot methods,
# builtin_function_or_method for list's and dict's __getitem__; dict_keys and
# dict_items are unhashable (__hash__ is None), dict_values is not.
import collections
for v in [[], (), {}, '', b'', set(), frozenset(), range(3), collections.deque(), {}.keys(), {}.values(), {}.items(), 5, True, iter([]), 1.5, None]:
    print(type(v).__name__, [(n, type(getattr(v, n)).__name__) for n in ('__len__', '__getitem__', '__index__', '__iter__', '__next__', '__add__', '__eq__', '__hash__', '__str__', '__repr__', 'count') if hasattr(v, n)])
print(repr([].__getitem__)[:37], repr(().__len__)[:36])
for v in [{}.keys(), {}.items(), {}.values()]:
    try:
        print(type(hash(v)).__name__)
    except TypeError as e:
        print(e)

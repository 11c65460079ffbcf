# json.dumps: indent, sort_keys, separators, ensure_ascii, default and cls,
# CPython's float and string escaping, named tuples and Counters; json.dump to
# sys.stdout; loads with hooks; the encoder's errors.
import json
from collections import namedtuple, Counter
data = {"name": "Ada", "age": 36, "tags": ["math", "code"], "ok": True, "none": None, "pi": 3.14159, "big": 10**20,
        "tiny": 1e-7, "huge": 1e300, "neg": -0.0, "t": (1, 2), "nested": {"a": [], "b": {}}, "esc": "quote\" back\\ nl\n tab\t bell\x07 del\x7f é 😀 ✓"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n", "s": 1}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
P = namedtuple("P", "x y")
print(json.dumps({"p": P(1, 2), "c": Counter("aab")}), json.dumps(P(3, 4)))
print(json.dumps("just a string"), json.dumps(5), json.dumps(None), json.dumps(2.0))
class Obj:
    def __init__(self): self.v = 1
print(json.dumps(Obj(), default=lambda o: o.__dict__))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
for bad in [lambda: json.dumps(Obj()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps([float("nan")], allow_nan=False),
            lambda: json.dumps({(1,): 1, "k": 2}, skipkeys=True), lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True), lambda: json.dumps({1, 2})]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
import sys
json.dump({"x": [1, 2]}, sys.stdout, indent=1)
print()
print(json.loads(json.dumps(data)) == {**data, "t": [1, 2]})
print(json.loads('{"a": 1.5, "b": [1, 2]}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c))
print(json.JSONDecodeError.__mro__[1], json.JSONDecoder().raw_decode('[1] tail'))
e = None
try:
    json.loads('{"a": tru}')
except json.JSONDecodeError as err:
    e = err
print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc), isinstance(e, ValueError))
json.loads('[1, 2,]')

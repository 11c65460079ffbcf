# collections.OrderedDict: its repr, move_to_end, popitem(last=False), views,
# order-sensitive equality, an LRU cache built on it, and its errors.
from collections import OrderedDict as O
o = O(a=1, b=2)
print(o, O(), o.keys(), o.values(), o.items(), list(reversed(o)))
o.move_to_end('a'); print(o); o.move_to_end('a', last=False); print(o)
print(o.popitem(), o.popitem(last=False) if o else None, o)
o2 = O([('x',1),('y',2)]); print(o2 == O([('y',2),('x',1)]), o2 == {'y':2,'x':1}, dict(o2) == o2)
for c in [lambda: O().popitem(), lambda: o2.move_to_end('z'), lambda: O(1), lambda: o2['q']]:
    try: c()
    except Exception as e: print(type(e).__name__, repr(e), e)
print(O.fromkeys('ab', 0), o2 | {'z': 3}, type(o2.keys()).__name__, repr(O(a=O(b=1))))
print(o2.setdefault('k', 5), o2.pop('k'), o2.pop('nope', 'dflt'), o2.get('x'), 'x' in o2, len(o2))
import json, copy; print(json.dumps(o2), copy.copy(o2), copy.deepcopy(o2))
class LRU:
    def __init__(self, cap):
        self.cap, self.data = cap, O()
    def get(self, k):
        if k not in self.data: return None
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            print("evict", self.data.popitem(last=False))
c = LRU(2)
c.put("a", 1); c.put("b", 2); c.get("a"); c.put("c", 3); c.put("d", 4)
print(c.data, list(c.data.items()), {**c.data}, sorted(c.data))
from collections import Counter
print(Counter(O(x=2, y=1)))

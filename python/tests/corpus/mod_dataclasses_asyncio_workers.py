# Dataclasses in asyncio programs: ordered jobs on a PriorityQueue, a lock made
# by default_factory, properties, __post_init__ chains, frozen hashing,
# recursive reprs, counters as factories, slots.
import asyncio
from dataclasses import dataclass, field
from typing import Any
import itertools

@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)

@dataclass
class Worker:
    name: str
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)
    done: list = field(default_factory=list)

    async def process(self, queue):
        while not queue.empty():
            job = await queue.get()
            async with self.lock:
                await asyncio.sleep(job.priority * 0.1)
                self.done.append(job.item)
            queue.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for p, name in [(3, "low"), (1, "high"), (2, "mid"), (1, "urgent")]:
        await q.put(PrioritizedItem(p, name))
    workers = [Worker("a"), Worker("b")]
    await asyncio.gather(*(w.process(q) for w in workers))
    for w in workers:
        print(w, w.done)
    print(PrioritizedItem(1, "x") == PrioritizedItem(1, "y"))

asyncio.run(main())

@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)

    @property
    def size(self):
        return 1 + sum(c.size for c in self.children)

root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root, root.size)

@dataclass
class Base:
    x: int
    def __post_init__(self):
        print("Base post_init", self.x)

@dataclass
class Derived(Base):
    y: int = 0
    def __post_init__(self):
        super().__post_init__()
        print("Derived post_init", self.y)

print(Derived(1, 2))
print(Derived.__mro__)

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
    def moved(self, d):
        return Coord(self.lat + d, self.lon)
c = Coord(1.5, 2.5)
print(c.moved(1), {c, Coord(1.5, 2.5)}, len({c, Coord(1.5, 2.5)}))
@dataclass
class Recursive:
    me: Any = None
r = Recursive()
r.me = r
print(r)
counter = itertools.count()
@dataclass
class Ticket:
    id: int = field(default_factory=lambda: next(counter))
print(Ticket(), Ticket(), Ticket(99))
@dataclass
class WithSlots:
    __slots__ = ("a",)
    a: int
print(WithSlots(3))
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"
s = Slotted(1)
print(s, Slotted.__slots__)
try:
    s.c = 5
except AttributeError as e:
    print("AttributeError:", e)

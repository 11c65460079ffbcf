"""from __future__ import annotations: module and class annotations are kept as
their text (CPython's unparsing), never evaluated, so forward references work."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, fields
from typing import Optional

x: "quoted" = 1
y: list[int]
count: Undefined = 3


@dataclass
class Node:
    value: int
    next: Node | None = None
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None


class Shapes:
    a: A | None = None
    b: dict[str,  "A"] = {}
    c: (int, str)
    d: Callable[[int], str] = None
    e: x.y.z[1:2, ::3] = 0
    f: -1 + 2 * 3 ** -x
    g: tuple[int, ...]
    h: tuple[()]
    i: Tuple[int,]
    j: not a or b and c
    k: a if b else c
    l: f(1, *args, key=2, **kw)
    m: {"k": v, **rest}
    n: [int, str]
    o: (a + b) * c
    p: a < b <= c is not d
    q: 1.5 | None | b"raw"
    r: await_me
    s: ~flags & mask ^ other | more
    t: lambda: 0


print(__annotations__)
for k, v in Shapes.__annotations__.items():
    print(f"{k}: {v}")
n = Node(1, Node(2))
print(n, [(f.name, f.type) for f in fields(Node)])


async def main():
    queue: asyncio.Queue[int] = asyncio.Queue()
    await queue.put(1)
    print(await queue.get())


asyncio.run(main())

def add(a: int, b: int = 0) -> int:
    return a + b


print(add(2, 3))
print(add("x", "y"))
count: int = 5
print(count)


async def fetch(n: float) -> str:
    return str(n)

import asyncio
print(asyncio.run(fetch(1.5)))

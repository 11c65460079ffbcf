"""A module docstring: __doc__ of the module."""
import asyncio


class Worker:
    """Does the work, one item at a time."""

    def __init__(self, name):
        self.name = name

    async def run(self, n):
        """Sleep a little per item."""
        for i in range(n):
            await asyncio.sleep(0.1)
        return f"{self.name}: {n} items"


class Quiet(Worker):
    pass


class Empty:
    x = 1


def helper():
    "One line."
    return 42


async def main():
    print(__doc__)
    print(Worker.__doc__, "|", Quiet.__doc__, "|", Empty.__doc__, "|", Worker("w").__doc__)
    print(Worker.run.__doc__, helper.__doc__, (lambda: 0).__doc__, main.__doc__)
    print([k for k in ("__module__", "__doc__", "x") if k in vars(Empty)])
    print(list(vars(Quiet)))
    print(await asyncio.gather(Worker("a").run(2), Quiet("b").run(1)))


asyncio.run(main())

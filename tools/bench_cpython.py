#!/usr/bin/env python3
"""CPython's side of the engine benchmark: N gathered sleeping tasks on the
oracle's virtual loop (tools/pyref.py), so no real time is slept. Prints
"N<TAB>µs per task" (best of a few runs), like the engine's `bench` binary."""
import asyncio, os, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyref  # noqa: E402


async def sleeper(d):
    await asyncio.sleep(d)


async def main(n):
    await asyncio.gather(*(sleeper(1 + (i % 7) * 0.001) for i in range(n)))


def per_task_us(n):
    best = float("inf")
    for _ in range(3 if n >= 100_000 else 5):
        loop = pyref.VirtualLoop()
        t0 = time.perf_counter_ns()
        loop.run_until_complete(main(n))
        dt = time.perf_counter_ns() - t0
        loop.close()
        best = min(best, dt / 1000 / n)
    return best


if __name__ == "__main__":
    ns = [int(a) for a in sys.argv[1:]] or [1_000, 10_000, 100_000]
    for n in ns:
        print(f"{n}\t{per_task_us(n):.3f}", flush=True)

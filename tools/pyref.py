# Copied from the course's shared reference (shared/reference/pyref.py) so that the
# project regenerates and checks its golden transcripts without ../shared. One change:
# the lecture's programs are read from engine/src/lessons/py/ (the same files, verbatim),
# instead of a programs/ folder beside this file.
#!/usr/bin/env python3
"""Reference transcripts: run the lecture's asyncio programs in real CPython
on a virtual clock, so that their output (order, random values, timings) is
exact and instant.

usage: pyref.py PROGRAM [--seed N] [--timestamps] [program args...]
PROGRAM: countasync | countsync | rand | chained | asyncq (the lecture's
programs, in programs/), or the path of any .py file.

Only two things differ from real CPython: time is virtual (asyncio's loop
clock, time.sleep and time.perf_counter all read one clock that jumps to the
next timer; timers due at the same instant fire in the order they were
scheduled), and os.urandom(n) is random.randbytes(n) so that runs are
reproducible. --seed N replaces the seed that the program passes to
random.seed (444 in the lecture). --timestamps prefixes each line with the
virtual time, "%.3f ".
"""
import asyncio
import heapq
import itertools
import os
import random
import selectors
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


class Clock:
    now = 0.0


class VirtualSelector(selectors.DefaultSelector):
    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError("deadlock: nothing ready and no timer pending")
        if timeout > 0:
            Clock.now += timeout
        return []


class SeqTimerHandle(asyncio.TimerHandle):
    """Timers with equal deadlines fire in registration order, as they do
    on a real clock, where a later registration means a later deadline."""
    _counter = itertools.count()

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self._seq = next(SeqTimerHandle._counter)

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def __le__(self, other):
        return (self._when, self._seq) <= (other._when, other._seq)

    def __gt__(self, other):
        return (self._when, self._seq) > (other._when, other._seq)

    def __ge__(self, other):
        return (self._when, self._seq) >= (other._when, other._seq)


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(VirtualSelector())
        self._clock_resolution = 1e-9

    def time(self):
        return Clock.now

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        timer = SeqTimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer


class Policy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VirtualLoop()


class StampedOut:
    def __init__(self, out, stamp):
        self.out, self.stamp, self.bol = out, stamp, True

    def write(self, s):
        for part in s.splitlines(keepends=True):
            if self.bol and self.stamp:
                self.out.write(f"{Clock.now:.3f} ")
            self.out.write(part)
            self.bol = part.endswith("\n")
        return len(s)

    def flush(self):
        self.out.flush()


def main():
    argv = sys.argv[1:]
    if not argv:
        sys.exit(__doc__)
    scenario, rest = argv[0], argv[1:]
    seed, stamp, prog_args = None, False, []
    i = 0
    while i < len(rest):
        if rest[i] == "--seed":
            seed = int(rest[i + 1])
            i += 2
        elif rest[i] == "--timestamps":
            stamp = True
            i += 1
        else:
            prog_args.append(rest[i])
            i += 1

    if scenario.endswith(".py"):
        path, scenario = scenario, os.path.basename(scenario)[:-3]
    else:
        path = os.path.join(HERE, "..", "engine", "src", "lessons", "py", scenario + ".py")
    src = open(path).read()

    if seed is not None:
        real_seed = random.seed
        random.seed = lambda *a, **k: real_seed(seed)
    os.urandom = lambda n: random.randbytes(n)
    time.sleep = lambda s: setattr(Clock, "now", Clock.now + s)
    time.perf_counter = lambda: Clock.now
    asyncio.set_event_loop_policy(Policy())
    sys.argv = [scenario + ".py"] + prog_args
    sys.stdout = StampedOut(sys.__stdout__, stamp)
    exec(compile(src, scenario + ".py", "exec"),
         {"__name__": "__main__", "__file__": scenario + ".py"})
    sys.stdout.flush()


if __name__ == "__main__":
    main()

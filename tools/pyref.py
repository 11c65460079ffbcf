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
clock, time.sleep, time.perf_counter, time.monotonic and time.time all read
one clock that jumps to the next timer; time.time() is that clock plus
1,764,000,000; timers due at the same instant fire in the order they were
scheduled), and os.urandom(n) is random.randbytes(n) so that runs are
reproducible. --seed N replaces the seed that the program passes to
random.seed (444 in the lecture). --timestamps prefixes each line with the
virtual time, "%.3f ". Arguments after "--" all go to the program.

An uncaught exception prints a traceback of the program's own frames only
(no frames of asyncio or of this file, no ^^^ marker lines) on stderr, and
the exit status is 1, as python3's is.
"""
import asyncio
import heapq
import itertools
import os
import random
import selectors
import sys
import time
import traceback

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
        if rest[i] == "--":
            prog_args.extend(rest[i + 1:])
            break
        elif rest[i] == "--seed":
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
    time.monotonic = lambda: Clock.now
    time.time = lambda: 1_764_000_000.0 + Clock.now
    asyncio.set_event_loop_policy(Policy())
    sys.argv = [scenario + ".py"] + prog_args
    sys.stdout = StampedOut(sys.__stdout__, stamp)
    filename = scenario + ".py"
    try:
        exec(compile(src, filename, "exec"),
             {"__name__": "__main__", "__file__": filename})
    except SystemExit:
        raise
    except BaseException as e:  # noqa: BLE001 - report it as python3 would
        sys.stdout.flush()
        print_traceback(e, filename, src)
        sys.exit(1)
    sys.stdout.flush()


def print_traceback(exc, filename, src):
    """The traceback python3 prints, limited to the program's own frames."""
    lines = src.splitlines()
    chain = []
    while exc is not None:
        chain.append(exc)
        if exc.__cause__ is not None:
            exc = exc.__cause__
            chain[-1]._pyref_link = "cause"
        elif exc.__context__ is not None and not exc.__suppress_context__:
            exc = exc.__context__
            chain[-1]._pyref_link = "context"
        else:
            exc = None
    out = []
    for i, e in enumerate(reversed(chain)):
        if i:
            link = getattr(e, "_pyref_link", "context")
            out.append("\nThe above exception was the direct cause of the following exception:\n\n"
                       if link == "cause" else
                       "\nDuring handling of the above exception, another exception occurred:\n\n")
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == filename]
        if frames:
            out.append("Traceback (most recent call last):\n")
            for f in frames:
                out.append(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n')
                if f.lineno and 0 < f.lineno <= len(lines):
                    out.append(f"    {lines[f.lineno - 1].strip()}\n")
        out.extend(traceback.format_exception_only(type(e), e))
    sys.stderr.write("".join(out))


if __name__ == "__main__":
    main()

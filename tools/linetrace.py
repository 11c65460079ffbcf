#!/usr/bin/env python3
"""The oracle of line steps (issue 14, the frames panel): runs a program exactly as
tools/pyref.py does (virtual clock, os.urandom seeded, the same arguments) and, at
every 'line' event in the program's own file, prints one record on stdout, in order
with the program's own output:

    @ <time> <task> <stack> :<line> | <name>=<repr>, ...

  time    the virtual clock, "%.3f"
  task    the running asyncio task's coroutine and name (`count() Task-2`), or
          `__main__` outside a task
  stack   the program's frames of that task, outermost first (`main>worker`)
  line    the line about to run
  locals  the frame's local variables, each repr shortened to 60 characters; a
          memory address in a repr (`at 0x7f2c...`) becomes `#n`, numbered by first
          appearance, so that runs compare and one object keeps one label

With `--frames N` (before the program) it prints, instead, only what the frames
panel shows at the Nth line event: the script and every task not done, in creation
order, each with its state and the program's frames along its chain of awaits
(outermost first), each frame's line and locals:

    == line event <N> at <time>
    __main__: running | waiting in asyncio.run
      <module> :<line> |
    <coro>() <task name>: running | ready | ready (not started) |
                          waiting: <coroutine of asyncio it is in> |
                          waiting: sleep until <time> | waiting for <task name> |
                          waiting for gather | waiting for a future
      <frame> :<line> | <name>=<repr>, ...

Object addresses are numbered by first appearance within the block.

usage: python3 tools/linetrace.py [--frames N] PROGRAM.py [pyref's arguments]
"""
import asyncio
import inspect
import os
import re
import sys
import weakref

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pyref  # noqa: E402  (the oracle itself, unchanged)

WIDTH = 60


ADDRESSES = {}


def label(m):
    return "#%d" % ADDRESSES.setdefault(m.group(0), len(ADDRESSES) + 1)


def short(v):
    try:
        r = repr(v)
    except Exception as e:  # noqa: BLE001 - a repr that raises is shown as such
        r = f"<repr raised {type(e).__name__}>"
    r = re.sub(r"0x[0-9a-f]+", label, r)
    return r if len(r) <= WIDTH else r[: WIDTH - 3] + "..."


def chain_of(obj, filename):
    """Along a chain of awaits (or yield from) from a coroutine or generator: the
    program's frames (with their lines), asyncio's innermost coroutine (name,
    locals), and whether the first one has started."""
    frames, lib, started = [], None, True
    while obj is not None:
        if inspect.iscoroutine(obj):
            fr, nxt = obj.cr_frame, obj.cr_await
            created = inspect.getcoroutinestate(obj) == inspect.CORO_CREATED
        elif inspect.isgenerator(obj):
            fr, nxt = obj.gi_frame, obj.gi_yieldfrom
            created = inspect.getgeneratorstate(obj) == inspect.GEN_CREATED
        elif inspect.isasyncgen(obj):
            fr, nxt = obj.ag_frame, obj.ag_await
            created = fr is not None and fr.f_lasti < 0
        else:
            break
        if fr is None:
            break
        if created:
            started = False
        if fr.f_code.co_filename == filename:
            frames.append((fr, fr.f_code.co_firstlineno if created else fr.f_lineno))
        elif inspect.iscoroutine(obj):
            lib = (obj.__qualname__, fr.f_locals)
        obj = nxt
    return frames, lib, started


def frames_block(n, frame, filename, order, current):
    """What the frames panel shows at line event n (see the docstring)."""
    ADDRESSES.clear()

    def locals_of(f):
        if f.f_code.co_name == "<module>":
            return ""
        return ", ".join(f"{k}={short(v)}" for k, v in f.f_locals.items() if not k.startswith("__"))

    chain = []
    f = frame
    while f is not None:
        chain.append(f)
        f = f.f_back
    chain.reverse()
    prefix = []
    for f in chain:
        if f.f_code.co_filename != filename:
            if prefix:
                break
            continue
        prefix.append(f)
    top = []
    for f in reversed(chain):
        if f.f_code.co_filename != filename:
            break
        top.append(f)
    top.reverse()
    entries = []  # (label, state, [(frame, line)])
    if current is None:
        entries.append(("__main__", "running", [(f, None) for f in top]))
    else:
        entries.append(("__main__", "waiting in asyncio.run", [(f, None) for f in prefix]))
    for ref in order:
        t = ref()
        if t is None or t.done():
            continue
        coro = t.get_coro()
        label = f"{coro.__qualname__}() {t.get_name()}"
        if t is current:
            entries.append((label, "running", [(f, None) for f in top]))
            continue
        frames, lib, started = chain_of(coro, filename)
        waiter = t._fut_waiter
        if not started:
            state = "ready (not started)"
        elif waiter is None:
            state = "ready"
        elif lib is not None:
            state = f"waiting: {lib[0]}"
            h = lib[1].get("h")
            if lib[0] == "sleep" and h is not None:
                state = f"waiting: sleep until {h._when:.3f}"
        elif isinstance(waiter, asyncio.Task):
            state = f"waiting for {waiter.get_name()}"
        elif type(waiter).__name__ == "_GatheringFuture":
            state = "waiting for gather"
        else:
            state = "waiting for a future"
        entries.append((label, state, frames))
    # Generators of the program held in the module's globals or in a frame shown.
    held = list(prefix[0].f_globals.values()) if prefix else []
    for _, _, frames in entries:
        for f, _ in frames:
            if f.f_code.co_name != "<module>":
                held.extend(v for k, v in f.f_locals.items() if not k.startswith("__"))
    # (and coroutines nothing has started: a task's, or one awaited, is in its chain).
    tasks_coros = [r().get_coro() for r in order if r() is not None]
    seen = []
    for g in held:
        if inspect.iscoroutine(g):
            if inspect.getcoroutinestate(g) != inspect.CORO_CREATED or any(g is c for c in tasks_coros):
                continue
        elif not (inspect.isgenerator(g) or inspect.isasyncgen(g)):
            continue
        if any(g is x for x in seen):
            continue
        code = {"gen": getattr(g, "gi_code", None), "ag": getattr(g, "ag_code", None), "cr": getattr(g, "cr_code", None)}
        code = code["gen"] or code["ag"] or code["cr"]
        fr = getattr(g, "gi_frame", None) or getattr(g, "ag_frame", None) or getattr(g, "cr_frame", None)
        running = getattr(g, "gi_running", False) or getattr(g, "ag_running", False) or getattr(g, "cr_running", False)
        if code.co_filename != filename or fr is None or running:
            continue
        seen.append(g)
        frames, _, started = chain_of(g, filename)
        what = "generator" if inspect.isgenerator(g) else "coroutine" if inspect.iscoroutine(g) else "async generator"
        entries.append((f"{g.__qualname__}() {what}", "suspended" if started else "not started", frames))
    out = [f"== line event {n} at {pyref.Clock.now:.3f}\n"]
    for label, state, frames in entries:
        out.append(f"{label}: {state}\n")
        for f, line in frames:
            out.append(f"  {f.f_code.co_name} :{f.f_lineno if line is None else line} | {locals_of(f)}\n")
    return "".join(out)


def main():
    at = None
    if len(sys.argv) > 2 and sys.argv[1] == "--frames":
        at = int(sys.argv[2])
        del sys.argv[1:3]
    if len(sys.argv) < 2 or not sys.argv[1].endswith(".py"):
        sys.exit(__doc__)
    filename = os.path.basename(sys.argv[1])
    count = 0
    order = []
    if at is not None:
        # Tasks in creation order (weakly: a strong reference would change
        # when CPython collects them, and what it logs then).
        create_task = asyncio.base_events.BaseEventLoop.create_task

        def recording_create_task(self, coro, **kw):
            t = create_task(self, coro, **kw)
            order.append(weakref.ref(t))
            return t

        asyncio.base_events.BaseEventLoop.create_task = recording_create_task
        real = os.fdopen(os.dup(1), "w")
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)

    def task_label():
        try:
            t = asyncio.current_task()
        except RuntimeError:
            t = None
        if t is None:
            return "__main__"
        coro = t.get_coro()
        # A task closing an async generator runs its aclose() (no __qualname__).
        name = getattr(coro, "__qualname__", None) or type(coro).__name__
        return f"{name}() {t.get_name()}"

    def local_trace(frame, event, arg):
        nonlocal count
        if event == "line" and at is not None:
            count += 1
            if count == at:
                try:
                    current = asyncio.current_task()
                except RuntimeError:
                    current = None
                real.write(frames_block(at, frame, filename, order, current))
                real.flush()
                os._exit(0)
            return local_trace
        if event == "line":
            stack = []
            f = frame
            while f is not None and f.f_code.co_filename == filename:
                stack.append(f.f_code.co_name)
                f = f.f_back
            names = ""
            if frame.f_code.co_name != "<module>":  # a module's locals are its globals
                names = ", ".join(
                    f"{k}={short(v)}" for k, v in frame.f_locals.items() if not k.startswith("__")
                )
            sys.stdout.write(
                f"@ {pyref.Clock.now:.3f} {task_label()} {'>'.join(reversed(stack))} "
                f":{frame.f_lineno} | {names}\n"
            )
        return local_trace

    def global_trace(frame, event, arg):
        if frame.f_code.co_filename == filename:
            return local_trace
        return None

    sys.settrace(global_trace)
    try:
        pyref.main()
    finally:
        sys.settrace(None)
        if at is not None:
            real.write(f"== no line event {at}: the run has {count}\n")
            real.flush()


if __name__ == "__main__":
    main()

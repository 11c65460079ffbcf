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

usage: python3 tools/linetrace.py PROGRAM.py [pyref's arguments]
"""
import asyncio
import os
import re
import sys

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


def main():
    if len(sys.argv) < 2 or not sys.argv[1].endswith(".py"):
        sys.exit(__doc__)
    filename = os.path.basename(sys.argv[1])

    def task_label():
        try:
            t = asyncio.current_task()
        except RuntimeError:
            t = None
        if t is None:
            return "__main__"
        return f"{t.get_coro().__qualname__}() {t.get_name()}"

    def local_trace(frame, event, arg):
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


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Goldens of line events and of the frames panel (issue 14), from the oracle
tools/linetrace.py (CPython 3.11 on pyref's virtual clock).

  python3 tools/gen_linetrace.py            # all of them
  python3 tools/gen_linetrace.py NAME ...   # some corpus programs' line goldens

Line goldens: for each program of python/tests/corpus (with the arguments of its
.json golden), what `linetrace.py NAME.py ARGS` prints on stdout (a record per line
event, in order with the program's own output) goes to
python/tests/data/lines/NAME.txt; programs listed in python/tests/lines_known_failures.txt
(a difference explained there) and goldens over 30 KB are left out.

Lesson goldens: the line events of the lessons in LESSONS (their programs as
written, default parameters) in python/tests/data/lesson_lines/NAME.txt (the page's
Step line is checked against them).

Frames goldens: for the programs in FRAMES, at line events spread over the run,
`linetrace.py --frames N` blocks, concatenated, in python/tests/data/frames/NAME.txt.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "python", "tests", "corpus")
LINES = os.path.join(ROOT, "python", "tests", "data", "lines")
FRAMES_DIR = os.path.join(ROOT, "python", "tests", "data", "frames")
KNOWN = os.path.join(ROOT, "python", "tests", "lines_known_failures.txt")
MAX = 30_000
# Corpus programs whose frames panel is checked, at these fractions of their line events.
FRAMES = {"asyncq_style": None, "lock_mutual_exclusion": None, "queue_getter_wakeup_order": None,
          "coroutines_held": [7, 8, 9, 10, 11],
          # a teacher's program: asyncio.run called from a function, cells, a
          # comprehension over two lines, a queue, a semaphore
          "frames_kitchen": [24, 38, 45, 60, 90]}
FRACTIONS = [0.2, 0.4, 0.6, 0.8, 1.0]
LESSONS = ["countasync"]
# Lessons whose frames panel is checked (their programs as written): at these
# line events (the generator not started, suspended, running, closed), or at FRACTIONS.
LESSON_FRAMES = {"generator": [4, 5, 10, 13, 17, 24, 33], "countasync": None}
LESSON_DIR = os.path.join(ROOT, "python", "tests", "data", "lesson_lines")


def known():
    if not os.path.exists(KNOWN):
        return set()
    with open(KNOWN) as f:
        return {ln.split()[0] for ln in f if ln.strip() and not ln.startswith("#")}


def linetrace(name, extra=()):
    with open(os.path.join(CORPUS, name + ".json")) as f:
        args = json.load(f)["args"]
    r = subprocess.run(
        [sys.executable, os.path.join(HERE, "linetrace.py"), *extra, name + ".py", *args],
        cwd=CORPUS,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONHASHSEED": "0", "COLUMNS": "80"},
    )
    return r.stdout


def main():
    names = [n.removesuffix(".py") for n in sys.argv[1:]]
    everything = not names
    if everything:
        names = sorted(f[:-3] for f in os.listdir(CORPUS) if f.endswith(".py"))
    skip = known()
    os.makedirs(LINES, exist_ok=True)
    for name in names:
        path = os.path.join(LINES, name + ".txt")
        if name in skip:
            continue
        out = linetrace(name)
        if len(out.encode()) > MAX:
            if os.path.exists(path):
                os.remove(path)
            continue
        with open(path, "w") as f:
            f.write(out)
    if not everything:
        return
    os.makedirs(LESSON_DIR, exist_ok=True)
    for name in LESSONS:
        py = os.path.join(ROOT, "engine", "src", "lessons", "py", name + ".py")
        r = subprocess.run([sys.executable, os.path.join(HERE, "linetrace.py"), py],
                           capture_output=True, text=True, timeout=60)
        with open(os.path.join(LESSON_DIR, name + ".txt"), "w") as f:
            f.write(r.stdout)
    for name in LESSON_FRAMES:
        py = os.path.join(ROOT, "engine", "src", "lessons", "py", name + ".py")

        def run(extra):
            return subprocess.run([sys.executable, os.path.join(HERE, "linetrace.py"), *extra, py],
                                  capture_output=True, text=True, timeout=60).stdout

        total = sum(1 for ln in run([]).splitlines() if ln.startswith("@ "))
        events = LESSON_FRAMES[name] or [max(1, round(total * f)) for f in FRACTIONS]
        blocks = [run(["--frames", str(n)]) for n in events]
        with open(os.path.join(LESSON_DIR, name + ".frames.txt"), "w") as f:
            f.write("".join(blocks))
    os.makedirs(FRAMES_DIR, exist_ok=True)
    for name, events in FRAMES.items():
        total = sum(1 for ln in linetrace(name).splitlines() if ln.startswith("@ "))
        events = events or [max(1, round(total * f)) for f in FRACTIONS]
        blocks = [linetrace(name, ["--frames", str(n)]) for n in events]
        with open(os.path.join(FRAMES_DIR, name + ".txt"), "w") as f:
            f.write("".join(blocks))


if __name__ == "__main__":
    main()

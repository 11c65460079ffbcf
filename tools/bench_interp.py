#!/usr/bin/env python3
"""The interpreter's benchmark table: each program run by `transcript` (the
playground's interpreter, native build) and by `python3 tools/pyref.py` (CPython
3.11 on the same virtual clock), side by side, in one run.

usage: python3 tools/bench_interp.py [--bin target/pgo/native/transcript]
           [--plain target/native/transcript] [--python-pgo /usr/bin/python3.11] [--runs 7]

The goals are judged on --bin against `python3` on PATH, the oracle's CPython
(here pyenv's 3.11.7, built without PGO or LTO: its configure had no
--enable-optimizations). A second table, for context, gives our build without
PGO and a CPython built with PGO and LTO (Debian's python3.11, 3.11.2), which
is 1.2-1.4x faster than the oracle's on these programs.

Each figure is the best of --runs whole-process runs, the builds taking turns
(ours, CPython, ours, CPython, ...: a slow spell of this shared machine falls on
both sides instead of on whichever was measuring; start-up is included on both
sides: CPython's start-up with asyncio imported is about 0.1 s): wall time (what
a user waits for; noisy on a busy machine), CPU time (user + system, steadier)
and peak resident memory. The ratio is CPython's figure over ours (above 1: we
are faster). Every run's output must equal the others' and CPython's.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = os.path.join(ROOT, "tools", "bench", "programs")
LESSONS = os.path.join(ROOT, "engine", "src", "lessons", "py")

# (what, file, args, goal)
CASES = [
    ("countasync, 10,000 calls", os.path.join(P, "countasync_10k.py"), [], "3x faster"),
    ("asyncq -p 200 -c 200", os.path.join(LESSONS, "asyncq.py"), ["-p", "200", "-c", "200"], "3x faster"),
    ("loop of 10^6 additions", os.path.join(P, "loop_1e6.py"), [], "not slower"),
    ("recursive fib(25)", os.path.join(P, "fib25.py"), [], "not slower"),
    ("10,000 tasks alive at once", os.path.join(P, "tasks_10k.py"), [], "<= 64 MB"),
    ("start-up (asyncio.run of a no-op)", os.path.join(P, "startup.py"), [], ""),
]


def run(cmd):
    """(wall seconds, CPU seconds, peak RSS MB, stdout, stderr, status) of one run."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, out.read(), err.read(), p.returncode


def interleaved(cmds, runs):
    """Per command: the best wall time, best CPU time, largest peak memory and the output
    of `runs` runs. The commands take turns (A B C, A B C, ...), so a slow spell of the
    machine falls on all of them instead of on whichever was measuring then."""
    res = [([], [], [], None) for _ in cmds]
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            wall, cpu, mem, out, err, status = run(cmd)
            if status != 0:
                sys.exit(f"bench_interp: {' '.join(cmd)} failed ({status}): {err.decode()[-500:]}")
            walls, cpus, mems, out0 = res[i]
            if out0 is not None and out != out0:
                sys.exit(f"bench_interp: {' '.join(cmd)} printed different outputs")
            walls.append(wall)
            cpus.append(cpu)
            mems.append(mem)
            res[i] = (walls, cpus, mems, out)
    return [(min(w), min(c), max(m), o) for w, c, m, o in res]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "native", "transcript"),
                    help="the interpreter measured against the goals (scripts/bench.sh: the PGO build)")
    ap.add_argument("--plain", help="also: the same interpreter built without PGO")
    ap.add_argument("--python-pgo", help="also: a CPython 3.11 built with PGO and LTO (Debian's /usr/bin/python3.11)")
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    pyref = [sys.executable, os.path.join(ROOT, "tools", "pyref.py")]
    print(f"{'program':28} {'wall: ours':>10} {'CPython':>8} {'ratio':>6}   {'CPU: ours':>9} {'CPython':>8} {'ratio':>6}"
          f"   {'MB: ours':>8} {'CPython':>7}  goal")
    extra = []
    for what, path, args, goal in CASES:
        cmds = [[a.bin, path] + args, pyref + [path] + args]
        if a.plain:
            cmds.append([a.plain, path] + args)
        if a.python_pgo:
            cmds.append([a.python_pgo, pyref[1], path] + args)
        (w1, c1, m1, out1), (w2, c2, m2, out2), *others = interleaved(cmds, a.runs)
        same = "" if out1 == out2 else "  OUTPUT DIFFERS"
        print(f"{what:28} {w1:>9.3f}s {w2:>7.3f}s {w2 / w1:>5.2f}x   {c1:>8.3f}s {c2:>7.3f}s {c2 / max(c1, 1e-3):>5.2f}x"
              f"   {m1:>8.1f} {m2:>7.1f}  {goal}{same}", flush=True)
        row = [what, c1, c2] + [o[1] for o in others]
        extra.append(row)
    if not (a.plain or a.python_pgo):
        return
    print()
    print("Other builds, CPU seconds (ratio: CPython's python3 above / this; above 1: faster than it):")
    head = f"{'program':28} {'ours':>8} {'python3':>8}"
    if a.plain:
        head += f"   {'ours, no PGO':>12} {'ratio':>6}"
    if a.python_pgo:
        head += f"   {'CPython, PGO+LTO':>16} {'ratio':>6}   {'ours vs it':>10}"
    print(head)
    for row in extra:
        what, c1, c2, rest = row[0], row[1], row[2], row[3:]
        line = f"{what:28} {c1:>7.3f}s {c2:>7.3f}s"
        if a.plain:
            cp = rest.pop(0)
            line += f"   {cp:>11.3f}s {c2 / max(cp, 1e-3):>5.2f}x"
        if a.python_pgo:
            cq = rest.pop(0)
            line += f"   {cq:>15.3f}s {c2 / max(cq, 1e-3):>5.2f}x   {cq / max(c1, 1e-3):>9.2f}x"
        print(line)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The interpreter's benchmark table: each program run by `transcript` (the
playground's interpreter, native build) and by `python3 tools/pyref.py` (CPython
3.11 on the same virtual clock), side by side, in one run.

usage: python3 tools/bench_interp.py [--bin target/native/transcript] [--runs 3]

Wall time is the best of --runs whole-process runs (start-up included on both
sides: that is what a user waits for); memory is the peak resident set of the
process. Both outputs are compared, so a figure is never of a wrong run.
"""
import argparse
import os
import subprocess
import sys
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
]


def measure(cmd):
    """(seconds, peak RSS in MB, stdout) of one run."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    secs = time.perf_counter() - t
    _, status, ru = os.wait4(p.pid, 0) if False else (None, p.returncode, None)
    return secs, out, err, status


def peak_mb(cmd):
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.execvp(cmd[0], cmd)
    _, _, ru = os.wait4(pid, 0)
    return ru.ru_maxrss / 1024


def best(cmd, runs):
    times, out0 = [], None
    for _ in range(runs):
        secs, out, err, status = measure(cmd)
        if status != 0:
            sys.exit(f"bench_interp: {' '.join(cmd)} failed ({status}): {err.decode()[-500:]}")
        out0 = out
        times.append(secs)
    return min(times), out0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "native", "transcript"))
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    print(f"{'program':30} {'interpreter':>12} {'CPython':>10} {'ratio':>8} {'interp MB':>10} {'CPython MB':>11}  goal")
    for what, path, args, goal in CASES:
        ours, out1 = best([a.bin, path] + args, a.runs)
        theirs, out2 = best([sys.executable, os.path.join(ROOT, "tools", "pyref.py"), path] + args, a.runs)
        same = "" if out1 == out2 else "  OUTPUT DIFFERS"
        m1 = peak_mb([a.bin, path] + args)
        m2 = peak_mb([sys.executable, os.path.join(ROOT, "tools", "pyref.py"), path] + args)
        ratio = theirs / ours
        print(f"{what:30} {ours:>11.3f}s {theirs:>9.3f}s {ratio:>7.2f}x {m1:>10.1f} {m2:>11.1f}  {goal}{same}")


if __name__ == "__main__":
    main()

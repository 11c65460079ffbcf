#!/usr/bin/env python3
"""Differential check on cases nobody wrote down: random programs, seeds and
parameters; the transcript CLI against the oracle (tools/pyref.py).
usage: python3 tools/fuzz_oracle.py [N] [SEED]"""
import os, random, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYREF = os.path.join(ROOT, "tools", "pyref.py")
CLI = os.path.join(ROOT, "target", "debug", "transcript")


def case(r):
    prog = r.choice(["generator", "countasync", "countsync", "blocking", "rand", "chained", "asyncq"])
    args = [prog]
    if r.random() < 0.5:
        args.append("--timestamps")
    if prog in ("rand", "chained", "asyncq") and r.random() < 0.8:
        args += ["--seed", str(r.choice([r.randint(-10**6, 10**6), r.randint(0, 2**70), -r.randint(0, 2**40)]))]
    extra = False
    if prog == "generator":
        ops = ["next"] + [r.choice(["next", str(r.randint(-1000, 1000))]) for _ in range(r.randint(0, 11))]
        args += ["--start", str(r.randint(-1000, 1000)), "--ops", ",".join(ops)]
        extra = True
    if prog == "blocking":
        calls = r.randint(1, 10)
        args += ["--calls", str(calls), "--blocking", str(r.randint(0, calls))]
        extra = True
    if prog in ("countasync", "countsync", "blocking"):
        if prog != "blocking" and r.random() < 0.5:
            args += ["--calls", str(r.randint(1, 20))]; extra = True
        if r.random() < 0.5:
            args += ["--delay", str(r.randint(0, 100) / 10)]; extra = True
    if prog == "rand" and r.random() < 0.4:
        args += ["--coros", str(r.randint(1, 6))]; extra = True
    if prog == "chained" and r.random() < 0.7:
        args += [str(r.randint(-50, 50)) for _ in range(r.randint(1, 8))]
    if prog == "asyncq":
        args += ["-p", str(r.randint(0, 12)), "-c", str(r.randint(1, 12))]
        if r.random() < 0.4:
            args += ["--maxsize", str(r.randint(0, 5))]; extra = True
        if r.random() < 0.3:
            args += ["--maxsleep", str(r.randint(0, 10))]; extra = True
    return args, extra


def oracle(args, extra):
    if not extra:
        return subprocess.run([sys.executable, PYREF] + args, capture_output=True, text=True, check=True).stdout
    src = subprocess.run([CLI] + args + ["--python"], capture_output=True, text=True, check=True).stdout
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, args[0] + ".py")
        open(path, "w").write(src)
        keep = ["--timestamps"] if "--timestamps" in args else []
        return subprocess.run([sys.executable, PYREF, path] + keep, capture_output=True, text=True, check=True).stdout


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    r = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    bad = 0
    for _ in range(n):
        args, extra = case(r)
        got = subprocess.run([CLI] + args, capture_output=True, text=True).stdout
        if got != oracle(args, extra):
            bad += 1
            print("DIFF:", " ".join(args))
    print(f"{n - bad}/{n} cases identical to the oracle")
    sys.exit(1 if bad else 0)

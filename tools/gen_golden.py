#!/usr/bin/env python3
"""Regenerates engine/tests/golden/*.txt with the oracle (tools/pyref.py).

Cases that use only the lecture's knobs run the lecture's program verbatim in
the oracle; cases with the playground's extra parameters run the Python
program that `transcript --python` prints for those parameters.
usage: python3 tools/gen_golden.py
"""
import os, shlex, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, "engine", "tests", "golden")
PYREF = os.path.join(ROOT, "tools", "pyref.py")
ORACLE_FLAGS = {"--seed", "--timestamps", "-p", "-c"}


def transcript(args):
    return subprocess.run(["cargo", "run", "-q", "-p", "playground-python", "--bin", "transcript", "--"] + args,
                          cwd=ROOT, capture_output=True, text=True, check=True).stdout


def oracle(args):
    prog, rest = args[0], args[1:]
    lecture = prog in ("countasync", "countsync", "rand", "chained", "asyncq")
    extra = not lecture or any(a.startswith("--") and a.split("=")[0] not in ORACLE_FLAGS for a in rest)
    if not extra:
        cmd = [sys.executable, PYREF, prog] + rest
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    src = transcript(args + ["--python"])
    keep = ["--timestamps"] if "--timestamps" in rest else []
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, prog + ".py")
        open(path, "w").write(src)
        return subprocess.run([sys.executable, PYREF, path] + keep,
                              capture_output=True, text=True, check=True).stdout


def cases():
    for line in open(os.path.join(GOLDEN, "cases.txt")):
        line = line.strip()
        if line and not line.startswith("#"):
            name, args = (s.strip() for s in line.split("|", 1))
            yield name, shlex.split(args)


if __name__ == "__main__":
    for name, args in cases():
        out = oracle(args)
        open(os.path.join(GOLDEN, name + ".txt"), "w").write(out)
        print(f"{name}: {len(out.splitlines())} lines")

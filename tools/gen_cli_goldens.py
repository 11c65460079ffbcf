#!/usr/bin/env python3
"""Regenerates python/tests/data/cli/NAME.json: what the oracle (tools/pyref.py)
prints for each case of python/tests/data/cli/cases.txt, run from python/
as `transcript FILE.py ARGS` is in python/tests/cli.rs.
usage: python3 tools/gen_cli_goldens.py
"""
import json, os, shlex, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CRATE = os.path.join(ROOT, "python")
DATA = os.path.join(CRATE, "tests", "data", "cli")
PYREF = os.path.join(ROOT, "tools", "pyref.py")


def cases():
    for line in open(os.path.join(DATA, "cases.txt")):
        line = line.strip()
        if line and not line.startswith("#"):
            name, args = (s.strip() for s in line.split("|", 1))
            yield name, shlex.split(args)


if __name__ == "__main__":
    for name, args in cases():
        p = subprocess.run([sys.executable, PYREF] + args, cwd=CRATE, capture_output=True)
        rec = {"args": args, "stdout": p.stdout.decode(), "stderr": p.stderr.decode(), "status": p.returncode}
        with open(os.path.join(DATA, name + ".json"), "w") as f:
            json.dump(rec, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"{name}: status {p.returncode}, {len(rec['stdout'].splitlines())} lines")

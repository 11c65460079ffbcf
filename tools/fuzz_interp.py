#!/usr/bin/env python3
"""Differential fuzzing of the Python interpreter's CLI against the oracle.

usage: python3 tools/fuzz_interp.py N [--seed S] [--bin PATH] [--jobs J] [--keep DIR]

Generates N random asyncio programs (tools/gen_programs.py, checked: each one
terminates under the oracle) into a temporary directory, runs the oracle
(tools/pyref.py) and the interpreter's CLI (`PATH FILE.py ARGS`, default
target/release/transcript; it takes the same arguments as pyref) on each, and
compares stdout, stderr and exit status byte for byte. Prints `identical: X/N`
and, for the first 5 mismatches, the program and a unified diff. Failing programs
are copied to /tmp/fuzz_failures/ (with <name>.expected.json and <name>.actual.json).
Exit status 1 if any program differs. Without --seed a random seed is used and printed.
"""
import argparse
import difflib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_programs  # noqa: E402

ROOT = gen_programs.ROOT
BIN_TIMEOUT = 20.0


def run_bin(binpath, path, args):
    try:
        p = subprocess.run([binpath, path] + args, capture_output=True, timeout=BIN_TIMEOUT,
                           cwd=os.path.dirname(path))
    except subprocess.TimeoutExpired:
        return None
    return p.stdout, p.stderr, p.returncode


def diff_text(name, want, got):
    return "".join(difflib.unified_diff(want.splitlines(keepends=True), got.splitlines(keepends=True),
                                        f"{name} (oracle)", f"{name} (interpreter)"))


def compare(rec, actual):
    """A list of (what, diff) for every difference, empty if identical."""
    stdout, stderr, status = rec["result"]
    if actual is None:
        return [("timeout", f"interpreter did not finish in {BIN_TIMEOUT:.0f} s\n")]
    out_b, err_b, st = actual
    want_out, want_err = stdout.encode("utf-8"), stderr.encode("utf-8")
    diffs = []
    for what, want, got in (("stdout", want_out, out_b), ("stderr", want_err, err_b)):
        if want != got:
            d = diff_text(what, want.decode("utf-8", "replace"), got.decode("utf-8", "replace"))
            diffs.append((what, d or f"{what} differs in bytes not shown by a text diff: "
                                      f"{want[-60:]!r} vs {got[-60:]!r}\n"))
    if st != status:
        diffs.append(("status", f"exit status: oracle {status}, interpreter {st}\n"))
    return diffs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "transcript"))
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--keep", default="/tmp/fuzz_failures", help="where failing programs go")
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.SystemRandom().randrange(10**6, 10**7)
    binpath = os.path.abspath(a.bin)
    if not os.path.exists(binpath):
        sys.exit(f"fuzz_interp: no interpreter at {binpath} (build it, or pass --bin)")
    print(f"seed {seed}: {a.n} programs, interpreter {binpath}", flush=True)
    jobs = a.jobs or os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="fuzz_interp_") as tmp:
        recs = gen_programs.generate(seed, a.n, tmp, check=True, golden=False, jobs=jobs)
        with ThreadPoolExecutor(jobs) as ex:
            actuals = list(ex.map(lambda r: run_bin(binpath, r["path"], r["args"]), recs))
        bad = []
        for rec, actual in zip(recs, actuals):
            diffs = compare(rec, actual)
            if diffs:
                bad.append((rec, actual, diffs))
        if bad:
            os.makedirs(a.keep, exist_ok=True)
        for rec, actual, _ in bad:
            dst = os.path.join(a.keep, rec["name"] + ".py")
            shutil.copyfile(rec["path"], dst)
            stdout, stderr, status = rec["result"]
            with open(os.path.join(a.keep, rec["name"] + ".expected.json"), "w", encoding="utf-8") as fh:
                json.dump({"args": rec["args"], "stdout": stdout, "stderr": stderr, "status": status},
                          fh, ensure_ascii=False, indent=1, sort_keys=True)
                fh.write("\n")
            with open(os.path.join(a.keep, rec["name"] + ".actual.json"), "w", encoding="utf-8") as fh:
                if actual is None:
                    got = {"args": rec["args"], "timeout": BIN_TIMEOUT}
                else:
                    got = {"args": rec["args"], "stdout": actual[0].decode("utf-8", "replace"),
                           "stderr": actual[1].decode("utf-8", "replace"), "status": actual[2]}
                json.dump(got, fh, ensure_ascii=False, indent=1, sort_keys=True)
                fh.write("\n")
    for rec, _, diffs in bad[:5]:
        kept = os.path.join(a.keep, rec["name"] + ".py")
        args = (" " + " ".join(rec["args"])) if rec["args"] else ""
        print(f"\n=== MISMATCH {kept}{args} ({', '.join(w for w, _ in diffs)})")
        for _, d in diffs:
            sys.stdout.write(d if d.endswith("\n") else d + "\n")
    print(f"\nidentical: {a.n - len(bad)}/{a.n}")
    if bad:
        print(f"{len(bad)} failing programs kept in {a.keep}/ "
              f"(rerun one: python3 tools/pyref.py {a.keep}/NAME.py ARGS)")
        print(f"reproduce this run: python3 tools/fuzz_interp.py {a.n} --seed {seed} --bin {a.bin}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

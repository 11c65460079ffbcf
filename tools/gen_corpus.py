#!/usr/bin/env python3
"""Regenerate the golden transcripts of the Python corpus.

usage: python3 tools/gen_corpus.py [NAME_OR_PATH ...]

For each python/tests/corpus/*.py (or only the ones named), run the oracle,
`python3 tools/pyref.py FILE ARGS` in FILE's folder, where ARGS come from an
optional first line `# args: ...` (split with shlex), and write FILE's golden
`<name>.json` beside it:
{"args": [...], "stderr": "...", "status": N, "stdout": "..."}.

Every program runs twice, with PYTHONHASHSEED=0 and PYTHONHASHSEED=1. A program
whose two runs differ (hash-order dependence), whose output shows an object
address (" at 0x..."), or that runs longer than 20 s gets no golden: the script
names it and exits with status 1.
"""
import json
import os
import re
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "python", "tests", "corpus")
PYREF = os.path.join(HERE, "pyref.py")
TIMEOUT = 20
ADDRESS = re.compile(r"\bat 0x[0-9a-fA-F]+")


def program_args(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    m = re.match(r"#\s*args:(.*)$", first.strip())
    return shlex.split(m.group(1)) if m else []


def run_once(path, args, hashseed):
    env = dict(os.environ)
    # TZ: logging's %(asctime)s is local time; the interpreter's is UTC.
    env.update(PYTHONHASHSEED=str(hashseed), PYTHONIOENCODING="utf-8",
               COLUMNS="80", LINES="24", TZ="UTC")
    # Run from the program's own folder: CPython's compiler reads the source line
    # of some SyntaxErrors ("'return' outside function") back through linecache,
    # by the file's base name, as python3 FILE.py would find it.
    p = subprocess.run([sys.executable, PYREF, os.path.basename(path)] + args,
                       cwd=os.path.dirname(path), env=env,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    return {"args": args,
            "stdout": p.stdout.decode("utf-8"),
            "stderr": p.stderr.decode("utf-8"),
            "status": p.returncode}


def generate(path):
    """Returns None on success, or the reason the golden was refused."""
    args = program_args(path)
    try:
        a = run_once(path, args, 0)
        b = run_once(path, args, 1)
    except subprocess.TimeoutExpired:
        return f"timed out after {TIMEOUT} s"
    m = ADDRESS.search(a["stdout"] + a["stderr"] + b["stdout"] + b["stderr"])
    if m:
        return f"output contains an object address ({m.group(0)})"
    if a != b:
        return "output differs between PYTHONHASHSEED=0 and PYTHONHASHSEED=1"
    with open(path[:-3] + ".json", "w", encoding="utf-8") as f:
        json.dump(a, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    return None


def resolve(name):
    if os.path.exists(name):
        return os.path.abspath(name)
    base = os.path.basename(name)
    if not base.endswith(".py"):
        base += ".py"
    path = os.path.join(CORPUS, base)
    if not os.path.exists(path):
        sys.exit(f"gen_corpus: no such program: {name}")
    return path


def main():
    if sys.argv[1:]:
        paths = [resolve(n) for n in sys.argv[1:]]
    else:
        paths = sorted(os.path.join(CORPUS, n) for n in os.listdir(CORPUS) if n.endswith(".py"))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        results = list(pool.map(generate, paths))
    failed = [(p, r) for p, r in zip(paths, results) if r is not None]
    for p, reason in failed:
        print(f"gen_corpus: refused {os.path.relpath(p, ROOT)}: {reason}")
    print(f"gen_corpus: {len(paths) - len(failed)} golden(s) written, {len(failed)} refused")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

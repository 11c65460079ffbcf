#!/usr/bin/env python3
"""Check the interpreter's asyncio prelude (python/src/prelude/asyncio.py)
against the oracle, on real CPython.

usage: prelude_check.py FILE.py|DIR ... [-- PYREF-ARGS...]

Each program runs twice: under tools/pyref.py (CPython's asyncio on a virtual
clock) and under the same pyref setup with sys.modules["asyncio"] replaced by
the prelude, which gets a `_pg` shim: _pg.time/_pg.select read and advance
pyref's virtual clock, _pg.event is a no-op, _pg.coro_info and
_pg.iscoroutine use the coroutine's cr_code/cr_frame. stdout, stderr and the
exit status must be identical. PYREF-ARGS (after "--") are given to both
runs after the program (e.g. `-- --timestamps -p 3 -c 2`); a program may also
carry its own runs as lines `# args: ...` (each line is one more run; without
such a line the program runs once with PYREF-ARGS). Prints PASS/FAIL per run
and a diff for failures; exit status 1 on any failure.

Internal: prelude_check.py --run-one FILE [pyref args] runs one program on the
prelude, as pyref.py FILE [pyref args] runs it on CPython's asyncio.
"""
import collections.abc
import difflib
import importlib.util
import os
import shlex
import subprocess
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
PYREF = os.path.join(HERE, "pyref.py")
PRELUDE = os.path.join(HERE, "..", "python", "src", "prelude", "asyncio.py")


def make_pg(clock):
    pg = types.ModuleType("_pg")

    def time():
        return clock.now

    def select(timeout):
        if timeout > 0:
            clock.now += timeout

    def event(kind, *args):
        pass

    def coro_info(coro):
        code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
        if code is None:
            return None
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        lineno = frame.f_lineno if frame is not None else code.co_firstlineno
        return (coro.__qualname__, code.co_filename, lineno)

    def iscoroutine(obj):
        # asyncio.coroutines.iscoroutine: native coroutines, generators, and
        # anything registered as a collections.abc.Coroutine.
        return isinstance(obj, (types.CoroutineType, types.GeneratorType,
                                collections.abc.Coroutine))

    pg.time, pg.select, pg.event = time, select, event
    pg.coro_info, pg.iscoroutine = coro_info, iscoroutine
    pg.fast_paths = lambda *classes: None  # the interpreter's natives: none here
    pg.task_natives = pg.loop_natives = lambda *args: None
    pg.sleep_timer = lambda f, *args: f
    pg.gather_natives = lambda children, results, *args: (children, results)
    pg.step_enter = pg.step_yielded = lambda *args: False
    pg.loaded = lambda name: name in sys.modules
    pg.twins = pg.loop_twins = lambda *args: None
    # Unretrieved exceptions: the interpreter reports them when a future is
    # dropped; here a weak finalizer of the same future does.
    import weakref
    unretrieved = []
    pg.on_unretrieved = unretrieved.append

    def watch_unretrieved(fut):
        def check(ref=weakref.ref(fut)):
            pass
        weakref.finalize(fut, check)
    pg.watch_unretrieved = watch_unretrieved
    agens = weakref.WeakSet()

    def agens_op(op, agen=None):
        if op == "add":
            agens.add(agen)
        elif op == "discard":
            agens.discard(agen)
        elif op == "clear":
            agens.clear()
        else:
            return list(agens)
    pg.agens = agens_op

    def format_exception(exc):
        import traceback
        return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    pg.format_exception = format_exception
    return pg


def run_one(argv):
    sys.path.insert(0, HERE)
    import pyref  # imports CPython's asyncio, which the program will not see
    sys.modules["_pg"] = make_pg(pyref.Clock)
    spec = importlib.util.spec_from_file_location("asyncio", os.path.abspath(PRELUDE))
    mod = importlib.util.module_from_spec(spec)
    sys.modules["asyncio"] = mod
    spec.loader.exec_module(mod)
    sys.argv = [PYREF] + argv
    pyref.main()


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    return p.stdout, p.stderr, p.returncode


def programs(paths):
    for p in paths:
        if os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                if name.endswith(".py"):
                    yield os.path.join(p, name)
        else:
            yield p


def file_runs(path, extra):
    runs = []
    try:
        with open(path) as f:
            for line in f:
                if line.startswith("# args:"):
                    runs.append(shlex.split(line[len("# args:"):]) + extra)
    except OSError:
        pass
    return runs or [extra]


def compare(path, args):
    exp = run([sys.executable, PYREF, path] + args)
    got = run([sys.executable, os.path.abspath(__file__), "--run-one", path] + args)
    label = " ".join([path] + args)
    if exp == got:
        print(f"PASS {label}")
        return True
    print(f"FAIL {label}")
    for name, e, g in (("stdout", exp[0], got[0]), ("stderr", exp[1], got[1])):
        if e != g:
            sys.stdout.writelines(difflib.unified_diff(
                e.splitlines(True), g.splitlines(True),
                f"{name} (pyref)", f"{name} (prelude)"))
            if not e.endswith("\n") or not g.endswith("\n"):
                print()
    if exp[2] != got[2]:
        print(f"exit status: pyref {exp[2]}, prelude {got[2]}")
    return False


def main():
    argv = sys.argv[1:]
    if argv and argv[0] == "--run-one":
        return run_one(argv[1:])
    if "--" in argv:
        i = argv.index("--")
        paths, extra = argv[:i], argv[i + 1:]
    else:
        paths, extra = argv, []
    if not paths:
        sys.exit(__doc__)
    ok = total = 0
    for path in programs(paths):
        for args in file_runs(path, extra):
            total += 1
            ok += compare(path, args)
    print(f"{ok}/{total} passed")
    sys.exit(0 if ok == total else 1)


if __name__ == "__main__":
    main()

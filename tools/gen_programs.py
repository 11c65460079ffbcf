#!/usr/bin/env python3
"""Random asyncio programs for differential testing of the Python interpreter
against the oracle (tools/pyref.py, CPython 3.11 on a virtual clock).

usage: python3 tools/gen_programs.py --seed S --count N --out DIR [--check] [--golden] [--jobs J]

Writes DIR/fz_<S>_<i>.py for i in 0..N-1, deterministic from S. Each program is a
small asyncio program (20-80 lines) assembled from "blocks" (sleep races, sleep(0)
ping-pong, named tasks, gather with failing workers, queues, locks, events,
semaphores, wait_for / asyncio.timeout, cancellation with clean-up, loop callbacks,
random values after random.seed, blocking time.sleep, many tasks, nested tasks, a
class with __repr__, a background ticker...), run one after the other in main().
About 1 in 8 programs ends with an uncaught exception (exit status 1) and about
1 in 8 is run with --timestamps (first line "# args: --timestamps").

--check   runs each program under the oracle (twice, with different PYTHONHASHSEED)
          and replaces it by the next sub-seed if it takes more than 5 s, deadlocks
          unintentionally, prints something outside the program's own traceback on
          stderr (asyncio's logger), or is not deterministic.
--golden  writes DIR/<name>.json beside each program:
          {"args": [...], "stdout": ..., "stderr": ..., "status": N} from the oracle.

As a module: program_source(seed, index, attempt) -> (source, args, meta) and
generate(seed, count, out, check, golden, jobs) -> list of records.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from string import Template

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYREF = os.path.join(ROOT, "tools", "pyref.py")
TIMEOUT = 5.0
MAX_ATTEMPTS = 50

LABELS = ["alpha", "beta", "gamma", "delta", "red", "green", "blue", "A", "B", "C", "D",
          "north", "south", "east", "west", "x", "y", "z", "fast", "slow", "w1", "w2",
          "w3", "ann", "bob", "cid", "dee"]
DELAYS = [0, 0, 0.25, 0.5, 0.5, 1, 1, 1, 1.5, 2, 3, 0.75]


MAIN_LOCALS = """results tasks t log first out specs r s values jobs finished done box loop handle
q seen workers w res drains totals lock shared ev sem t0 t1 rolls pick naps label delay result
stats k v data value ratios start elapsed tick_task item main""".split()


def T(text, **kw):
    """Dedent a template with $name holes and return its lines."""
    return textwrap.dedent(Template(text).substitute(kw)).strip("\n").split("\n")


class Ctx:
    def __init__(self, r):
        self.r = r
        # names main() uses as local variables: no function may take them
        self.used = set(MAIN_LOCALS)
        self.defs = []         # top-level definitions, each a list of lines
        self.flags = set()     # "random", "time", "AppError", "Job"
        self.head = []         # first statements of main
        self.tail = []         # last statements of main

    def fresh(self, base):
        name, k = base, 2
        while name in self.used:
            name = f"{base}{k}"
            k += 1
        self.used.add(name)
        return name

    def labels(self, n):
        return self.r.sample(LABELS, n)

    def delay(self):
        return self.r.choice(DELAYS)

    def exc(self):
        e = self.r.choice(["ValueError", "KeyError", "RuntimeError", "AppError", "ValueError"])
        if e == "AppError":
            self.app_error()
        return e

    def app_error(self):
        if "AppError" in self.flags:
            return
        self.flags.add("AppError")
        if self.r.random() < 0.5:
            self.defs.insert(0, T('''
                class AppError(Exception):
                    pass
            '''))
        else:
            self.defs.insert(0, T('''
                class AppError(Exception):
                    def __init__(self, message, code=7):
                        super().__init__(message)
                        self.code = code
            '''))

    def need_time(self):
        self.flags.add("time")

    def need_random(self):
        self.flags.add("random")


# ---------------------------------------------------------------- blocks
# Each block registers its definitions in c.defs and returns the lines of main's body.

def blk_race(c, final=False):
    f = c.fresh(c.r.choice(["worker", "count", "step", "runner", "walker"]))
    p = c.r.choice(['print(f"{name} step {i}")', 'print(name, i, sep=": ")',
                    'print(f"{name:>6} | {i:02d}")', 'print("%s -> %d" % (name, i))',
                    'print(f"{name!r} at {i}, delay={delay}")'])
    ret = c.r.choice(['f"{name}:{n}"', 'n * delay', 'name * n', '[name] * n', '(name, n)'])
    c.defs.append(T('''
        async def $f(name, delay, n):
            for i in range(n):
                $p
                await asyncio.sleep(delay)
            return $ret
    ''', f=f, p=p, ret=ret))
    n = c.r.randint(2, 4)
    same = c.r.random() < 0.35
    d0 = c.delay()
    specs = [(lab, d0 if same else c.delay(), c.r.randint(1, 3)) for lab in c.labels(n)]
    style = c.r.randrange(3)
    if style == 0:
        args = ", ".join(f"{f}({a!r}, {d!r}, {k})" for a, d, k in specs)
        return [f"results = await asyncio.gather({args})", "print(results)"]
    if style == 1:
        return [f"tasks = [asyncio.create_task({f}(name, d, k)) for name, d, k in {specs!r}]",
                "for t in tasks:", "    print(await t)"]
    return [f"specs = {specs!r}", f"results = await asyncio.gather(*({f}(*s) for s in specs))",
            "for s, r in zip(specs, results):", '    print(s[0], "=>", r)']


def blk_pingpong(c, final=False):
    f = c.fresh(c.r.choice(["ping", "bounce", "volley", "turn"]))
    extra = c.r.choice(["", 'print(label, "done")', 'return len(log)'])
    c.defs.append(T('''
        async def $f(label, count, log):
            for i in range(count):
                log.append(f"{label}{i}")
                print(label, i)
                await asyncio.sleep(0)
    ''', f=f) + (["    " + extra] if extra else []))
    labs = c.r.choice([["ping", "pong"], ["tic", "tac", "toe"], ["L", "R"], ["a", "b", "c", "d"]])
    calls = [f"{f}({lab!r}, {c.r.randint(1, 4)}, log)" for lab in labs]
    out = c.r.choice(['print(" ".join(log))', 'print(log)', 'print(len(log), log[-3:])'])
    if c.r.random() < 0.4:
        return (["log = []", f"first = asyncio.create_task({calls[0]})"]
                + [f"await {call}" for call in calls[1:]]
                + ["print(\"first done?\", first.done())", "await first", out])
    return ["log = []", f"await asyncio.gather({', '.join(calls)})", out]


def blk_named(c, final=False):
    f = c.fresh(c.r.choice(["fetch", "job", "serve", "download"]))
    ret = c.r.choice(["x * 2", "tag.upper()", "(tag, x)", 'f"{tag}={x}"'])
    c.defs.append(T('''
        async def $f(x, tag):
            me = asyncio.current_task()
            print(f"{me.get_name()} started with {x}")
            await asyncio.sleep(x)
            print(f"{me.get_name()} finished {tag}")
            return $ret
    ''', f=f, ret=ret))
    n = c.r.randint(2, 3)
    labs = c.labels(n)
    lines = []
    if c.r.random() < 0.5:
        lines.append('print("main is", asyncio.current_task().get_name())')
    for i, lab in enumerate(labs):
        name = f", name={lab + '-task'!r}" if c.r.random() < 0.5 else ""
        lines.append(f"t{i} = asyncio.create_task({f}({c.delay()!r}, {lab!r}){name})")
    lines.append("print(" + ", ".join(f"t{i}.get_name()" for i in range(n)) + ", t0.done())")
    if c.r.random() < 0.3:
        lines.append('t1.set_name("renamed")')
    for i in range(n):
        lines.append(f"r{i} = await t{i}")
        lines.append(f"print(r{i}, t{i}.done(), t{i}.result(), t{i}.cancelled())")
    return lines


def blk_gather_exc(c, final=False):
    f = c.fresh(c.r.choice(["attempt", "risky", "job", "validate", "load"]))
    e = c.exc()
    dexpr = c.r.choice(["n * 0.25", "0", "1", "0.5 * (n % 2)", "random.randint(0, 2)", "(3 - n) * 0.5"])
    if "random" in dexpr:
        c.need_random()
    msg = c.r.choice(['f"job {n} failed"', "n", 'f"bad value: {n!r}"'])
    inner = c.r.random() < 0.3 and not final
    lines = [f"async def {f}(n, fail):", f"    await asyncio.sleep({dexpr})"]
    if inner:
        lines += ["    try:", "        if fail:", f"            raise {e}({msg})",
                  f"    except {e} as e:", '        print("handled inside:", repr(e))',
                  "        return -1"]
    else:
        lines += ["    if fail:", f"        raise {e}({msg})"]
    lines += ['    print(f"job {n} ok")', "    return n * n"]
    c.defs.append(lines)
    k = c.r.randint(2, 5)
    fails = sorted(c.r.sample(range(k), c.r.randint(1, min(2, k))))
    call = f"*[{f}(i, i in {tuple(fails)!r}) for i in range({k})]"
    if final:
        return [f"results = await asyncio.gather({call})", 'print("unreachable", results)']
    mode = c.r.randrange(3)
    if mode == 0:
        out = c.r.choice([["print(results)"],
                          ["for r in results:", "    if isinstance(r, Exception):",
                           '        print("error:", type(r).__name__, r)', "    else:",
                           '        print("value:", r)'],
                          ["ok = [r for r in results if not isinstance(r, BaseException)]",
                           'print(f"{len(ok)} of {len(results)} succeeded: {ok}")']])
        return [f"results = await asyncio.gather({call}, return_exceptions=True)"] + out
    catch = c.r.choice([e, "Exception", f"({e}, LookupError)"])
    lines = ["try:", f"    results = await asyncio.gather({call})", "    print(results)",
             f"except {catch} as e:",
             c.r.choice(['    print(f"gather failed: {e!r}")', '    print("gather failed:", type(e).__name__, e)'])]
    if "AppError" in e and c.r.random() < 0.5:
        lines += ['    print("code", getattr(e, "code", None))']
    if c.r.random() < 0.5:
        lines += [f"await asyncio.sleep({c.r.choice([0, 1, 2])})", 'print("after the failure")']
    return lines


def blk_queue(c, final=False):
    m = c.r.choice([0, 1, 2])
    d1, d2 = c.r.choice([0, 0.25, 0.5, 1]), c.r.choice([0, 0.25, 0.5, 1])
    nprod = c.r.randint(1, 3)
    ncons = c.r.randint(1, 3)
    items = [[c.r.randint(1, 99) for _ in range(c.r.randint(1, 3))] for _ in range(nprod)]
    if c.r.random() < 0.6:
        p, q = c.fresh("produce"), c.fresh("consume")
        c.defs.append(T('''
            async def $p(q, name, items, delay):
                for item in items:
                    await q.put((name, item))
                    print(f"{name} put {item}, size={q.qsize()}")
                    await asyncio.sleep(delay)
                print(f"{name} done")
        ''', p=p))
        c.defs.append(T('''
            async def $q(q, name, seen, delay):
                while True:
                    who, item = await q.get()
                    print(f"{name} got {item} from {who}")
                    seen.append(item)
                    await asyncio.sleep(delay)
                    q.task_done()
        ''', q=q))
        prods = ", ".join(f"{p}(q, 'p{i}', {items[i]!r}, {d1!r})" for i in range(nprod))
        out = c.r.choice(['print("all processed:", sorted(seen))', 'print("seen", seen, q.empty())'])
        return [f"q = asyncio.Queue(maxsize={m})" if m or c.r.random() < 0.5 else "q = asyncio.Queue()",
                "seen = []",
                f"workers = [asyncio.create_task({q}(q, f\"c{{i}}\", seen, {d2!r})) for i in range({ncons})]",
                f"await asyncio.gather({prods})",
                "await q.join()", out,
                "for w in workers:", "    w.cancel()",
                "res = await asyncio.gather(*workers, return_exceptions=True)",
                c.r.choice(["print([type(r).__name__ for r in res])",
                            "print(all(w.cancelled() for w in workers))"])]
    p, q = c.fresh("feed"), c.fresh("drain")
    c.defs.append(T('''
        async def $p(q, items, delay):
            for item in items:
                await q.put(item)
                await asyncio.sleep(delay)
    ''', p=p))
    c.defs.append(T('''
        async def $q(q, name, total):
            while True:
                item = await q.get()
                if item is None:
                    print(f"{name} stopping")
                    return total
                total += item
                print(f"{name} +{item} -> {total}")
    ''', q=q))
    flat = [x for xs in items for x in xs]
    return [f"q = asyncio.Queue({m})",
            f"drains = [asyncio.create_task({q}(q, n, 0)) for n in {c.labels(ncons)!r}]",
            f"await {p}(q, {flat!r}, {d1!r})",
            "for _ in drains:", "    await q.put(None)",
            "totals = await asyncio.gather(*drains)",
            "print(totals, sum(totals))"]


def blk_queue_nowait(c, final=False):
    m = c.r.choice([0, 1, 2, 3])
    k = c.r.randint(2, 5)
    return [f"q = asyncio.Queue(maxsize={m})",
            f"for i in range({k}):",
            "    try:",
            "        q.put_nowait(i * 10)",
            '        print("put", i * 10, q.full())',
            "    except asyncio.QueueFull:",
            '        print("queue full at", i)',
            f"for _ in range({k + 1}):",
            "    try:",
            '        print("got", q.get_nowait(), q.qsize())',
            "    except asyncio.QueueEmpty:",
            '        print("queue empty")',
            "        break"]


def blk_lock(c, final=False):
    f = c.fresh(c.r.choice(["deposit", "increment", "update"]))
    n = c.r.randint(2, 4)
    locked = c.r.random() < 0.7
    if locked:
        c.defs.append(T('''
            async def $f(lock, shared, name, delay):
                async with lock:
                    value = shared["count"]
                    print(f"{name} read {value}")
                    await asyncio.sleep(delay)
                    shared["count"] = value + 1
                    shared["order"].append(name)
                print(f"{name} released, locked={lock.locked()}")
        ''', f=f))
        args = "lock, shared"
    else:
        c.defs.append(T('''
            async def $f(shared, name, delay):
                value = shared["count"]
                await asyncio.sleep(delay)
                shared["count"] = value + 1
                shared["order"].append(name)
                print(f"{name} wrote {shared['count']}")
        ''', f=f))
        args = "shared"
    calls = ", ".join(f"{f}({args}, {lab!r}, {c.delay()!r})" for lab in c.labels(n))
    return (["lock = asyncio.Lock()"] if locked else []) + [
        'shared = {"count": 0, "order": []}',
        f"await asyncio.gather({calls})",
        c.r.choice(["print(shared)", 'print(shared["count"], "updates:", ", ".join(shared["order"]))'])]


def blk_event(c, final=False):
    w, s = c.fresh("waiter"), c.fresh("trigger")
    c.defs.append(T('''
        async def $w(ev, name):
            print(f"{name} waiting")
            await ev.wait()
            print(f"{name} proceeds")
            return name
    ''', w=w))
    c.defs.append(T('''
        async def $s(ev, delay):
            await asyncio.sleep(delay)
            print("setting the event")
            ev.set()
    ''', s=s))
    calls = [f"{w}(ev, {lab!r})" for lab in c.labels(c.r.randint(1, 3))]
    calls.insert(c.r.randint(0, len(calls)), f"{s}(ev, {c.r.choice([0, 0.5, 1, 2])!r})")
    lines = ["ev = asyncio.Event()", f"results = await asyncio.gather({', '.join(calls)})",
             "print(results, ev.is_set())", "ev.clear()", 'print("cleared:", ev.is_set())']
    if c.r.random() < 0.5:
        lines += ["try:", f"    await asyncio.wait_for(ev.wait(), timeout={c.r.choice([0.5, 1])})",
                  "except asyncio.TimeoutError:", '    print("no second signal")']
    return lines


def blk_semaphore(c, final=False):
    f = c.fresh(c.r.choice(["limited", "crawl", "visit"]))
    c.need_time()
    c.defs.append(T('''
        async def $f(sem, i, delay, t0):
            async with sem:
                print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
                await asyncio.sleep(delay)
            print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
            return i
    ''', f=f))
    d = c.r.choice(["1", "0.5 + i % 2", "random.choice([0.25, 0.5, 1])", "0", "(i + 1) * 0.25"])
    if "random" in d:
        c.need_random()
    k, n = c.r.randint(1, 3), c.r.randint(2, 6)
    return [f"sem = asyncio.Semaphore({k})", "t0 = time.perf_counter()",
            f"done = await asyncio.gather(*[{f}(sem, i, {d}, t0) for i in range({n})])",
            "print(done, sem.locked())"]


def blk_wait_for(c, final=False):
    f = c.fresh(c.r.choice(["slow", "lookup", "query"]))
    cleanup = c.r.random() < 0.5
    lines = [f"async def {f}(label, delay):"]
    if cleanup:
        lines += ["    try:", "        await asyncio.sleep(delay)",
                  "    except asyncio.CancelledError:", '        print(f"{label} interrupted")',
                  "        raise", '    return f"{label} done"']
    else:
        lines += ["    await asyncio.sleep(delay)", '    return f"{label} done"']
    c.defs.append(lines)
    t = c.r.choice([0.5, 1, 2])
    if final:
        return [f"result = await asyncio.wait_for({f}('late', {t + 1}), timeout={t})", "print(result)"]
    pairs = [(lab, c.r.choice([0, 0.5, 1, 1.5, 2, 3])) for lab in c.labels(c.r.randint(1, 3))]
    exc = c.r.choice(["asyncio.TimeoutError", "TimeoutError"])
    return [f"for label, delay in {pairs!r}:", "    try:",
            f"        result = await asyncio.wait_for({f}(label, delay), timeout={t})",
            "        print(result)", f"    except {exc}:",
            '        print(f"{label} timed out")']


def blk_timeout(c, final=False):
    t = c.r.choice([0.5, 1, 1.5, 2])
    k, d = c.r.randint(1, 4), c.r.choice([0.25, 0.5, 1])
    if c.r.random() < 0.5:
        return ["try:", f"    async with asyncio.timeout({t}):",
                f"        for i in range({k}):", f"            await asyncio.sleep({d})",
                '            print("tick", i)', '        print("finished within the timeout")',
                "except TimeoutError:", '    print("timeout expired")']
    return ["try:", f"    async with asyncio.timeout({t}) as cm:",
            f"        await asyncio.sleep({k * d})", '        print("slept enough")',
            "except TimeoutError:", '    print("too slow")', 'print("expired:", cm.expired())']


def blk_cancel(c, final=False):
    f = c.fresh(c.r.choice(["background", "long_job", "monitor", "loop_work"]))
    d = c.r.choice([0.5, 1])
    n = c.r.randint(2, 5)
    swallow = c.r.random() < 0.35 and not final
    lines = [f"async def {f}(name, n):", "    try:", "        for i in range(n):",
             '            print(f"{name} working {i}")', f"            await asyncio.sleep({d})",
             '        return "finished"', "    except asyncio.CancelledError:",
             '        print(f"{name} cancelled, cleaning up")']
    if c.r.random() < 0.5:
        lines.append("        await asyncio.sleep(0)")
    lines.append('        return "swallowed"' if swallow else "        raise")
    if c.r.random() < 0.4:
        lines += ["    finally:", '        print(f"{name} finally")']
    c.defs.append(lines)
    wait = c.r.choice([0, 0, d * 0.5, d, d * 1.5, d * (n + 1)])
    named = f", name={c.r.choice(LABELS)!r}" if c.r.random() < 0.5 else ""
    out = [f"t = asyncio.create_task({f}({c.r.choice(LABELS)!r}, {n}){named})"]
    out.append(f"await asyncio.sleep({wait!r})")
    out.append(c.r.choice(["t.cancel()", 'print("cancel() ->", t.cancel())']))
    if final:
        return out + ["result = await t", 'print("not reached", result)']
    return out + ["try:", "    result = await t", '    print("result:", result)',
                  "except asyncio.CancelledError:", '    print("task was cancelled")',
                  "print(t.done(), t.cancelled())"]


def blk_callbacks(c, final=False):
    cb = c.fresh(c.r.choice(["on_timer", "notify", "callback"]))
    c.defs.append(T('''
        def $cb(tag, box):
            box.append(tag)
            print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")
    ''', cb=cb))
    lines = ["loop = asyncio.get_running_loop()", "box = []"]
    ops = [f"loop.call_soon({cb}, 'soon', box)",
           f"loop.call_later({c.r.choice([0.25, 0.5, 1])}, {cb}, 'later', box)",
           f"loop.call_later({c.r.choice([0, 0.5, 2])}, {cb}, 'other', box)"]
    if c.r.random() < 0.5:
        ops.append(f"handle = loop.call_later(0.5, {cb}, 'never', box)\nhandle.cancel()")
    c.r.shuffle(ops)
    lines += ops
    lines += ['print("callbacks scheduled")', f"await asyncio.sleep({c.r.choice([0, 0.5, 1, 3])})", "print(box)"]
    return lines


def blk_jobs(c, final=False):
    if "Job" not in c.flags:
        c.flags.add("Job")
        c.defs.append(T('''
            class Job:
                def __init__(self, name, cost):
                    self.name = name
                    self.cost = cost
                    self.result = None

                def __repr__(self):
                    return f"Job({self.name!r}, cost={self.cost}, result={self.result})"
        '''))
    f = c.fresh("run_job")
    res = c.r.choice(["job.cost * 10", "len(job.name)", "job.name[::-1]"])
    c.defs.append(T('''
        async def $f(job):
            await asyncio.sleep(job.cost)
            job.result = $res
            print("finished", job)
            return job
    ''', f=f, res=res))
    specs = [(lab, c.r.choice([0, 0.5, 1, 2])) for lab in c.labels(c.r.randint(2, 4))]
    return [f"jobs = [Job(n, c) for n, c in {specs!r}]", "print(jobs)",
            f"finished = await asyncio.gather(*map({f}, jobs))",
            c.r.choice(["print(sorted(j.name for j in finished))",
                        "print({j.name: j.result for j in jobs})",
                        "print(max(jobs, key=lambda j: j.cost))"])]


def blk_random(c, final=False):
    c.need_random()
    f = c.fresh(c.r.choice(["nap", "dawdle", "wander"]))
    c.defs.append(T('''
        async def $f(name):
            d = $dexpr
            print(f"{name} sleeps {d}")
            await asyncio.sleep(d)
            return d
    ''', f=f, dexpr=c.r.choice(["random.randint(0, 3)", "random.randint(0, 3)", "round(random.random(), 2)",
                               "random.choice([0, 0.5, 1])"])))
    lines = []
    if c.r.random() < 0.5:
        lines.append(f"random.seed({c.r.randint(0, 1000)})")
    lines += [f"rolls = [random.randint(1, 6) for _ in range({c.r.randint(2, 6)})]",
              'print("rolls:", rolls, sum(rolls))',
              f"pick = random.choice({c.labels(3)!r})",
              c.r.choice(['print(f"picked {pick!r}, p={random.random():.3f}")',
                          'print(pick, random.random())']),
              f"naps = await asyncio.gather(*[{f}(n) for n in {c.labels(c.r.randint(2, 4))!r}])",
              "print(naps)"]
    return lines


def blk_blocking(c, final=False):
    c.need_time()
    f = c.fresh(c.r.choice(["blocking_io", "legacy_call"]))
    c.defs.append(T('''
        async def $f(name, d):
            print(f"{name} blocks for {d}s")
            time.sleep(d)
            await asyncio.sleep(0)
            print(f"{name} resumes")
    ''', f=f))
    calls = ", ".join(f"{f}({lab!r}, {c.r.choice([0.5, 1, 2])})" for lab in c.labels(2))
    return ["t1 = time.perf_counter()", f"await asyncio.gather({calls})",
            'print(f"blocking part took {time.perf_counter() - t1:.2f}s")']


def blk_many(c, final=False):
    f = c.fresh(c.r.choice(["unit", "cell", "bee"]))
    twice = c.r.random() < 0.5
    c.defs.append([f"async def {f}(i, delay, out):", "    await asyncio.sleep(delay)",
                   "    out.append(i)"] + (["    await asyncio.sleep(0)", "    out.append(-i)"] if twice else []))
    n = c.r.randint(5, 16)
    d = c.r.choice(["1", "i % 3", f"({n} - i) * 0.25", "0", "0.5 * (i % 2)"])
    return ["out = []",
            f"tasks = [asyncio.create_task({f}(i, {d}, out)) for i in range({n})]",
            "await asyncio.gather(*tasks)", "print(out)",
            "print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])"]


def blk_nested(c, final=False):
    leaf, mid = c.fresh("leaf"), c.fresh("branch")
    c.defs.append(T('''
        async def $leaf(x):
            await asyncio.sleep(x * 0.25)
            print("leaf", x)
            return x + 1
    ''', leaf=leaf))
    c.defs.append(T('''
        async def $mid(x):
            a = asyncio.create_task($leaf(x))
            b = await $leaf(x * 2)
            return await a + b
    ''', mid=mid, leaf=leaf))
    n = c.r.randint(2, 4)
    if c.r.random() < 0.5:
        return [f"values = [await {mid}(i) for i in range({n})]", "print(values)"]
    return [f"values = await asyncio.gather(*({mid}(i) for i in range({n})))",
            'print(values, f"{sum(values):>5}|{max(values):<4}|")']


def blk_stats(c, final=False):
    h = c.fresh(c.r.choice(["summarize", "describe"]))
    c.defs.append(T('''
        def $h(items):
            total = sum(v for _, v in items)
            return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}
    ''', h=h))
    items = [(lab, c.r.choice([1, 2, 1.5, 4, 0.25, 7])) for lab in c.labels(c.r.randint(2, 4))]
    return [f"stats = {h}({items!r})", "print(stats)", "for k, v in stats.items():",
            c.r.choice(['    print(f"{k:<6}={v!r:>8}")', '    print(f"{k:^7}|{v:08.3f}")',
                        '    print(k, type(v).__name__, v)'])]


def blk_main_raise(c, final=True):
    kind = c.r.randrange(3)
    if kind == 0:
        link = c.r.choice([" from e", ""])
        return ['data = {"a": 1, "b": 2}', "try:", '    value = data["missing"]',
                "except KeyError as e:", f'    raise RuntimeError("lookup failed"){link}']
    if kind == 1:
        f = c.fresh("explode")
        e = c.exc()
        c.defs.append(T('''
            async def $f(n):
                await asyncio.sleep(n)
                raise $e(f"boom after {n}")
        ''', f=f, e=e))
        return [f"t = asyncio.create_task({f}({c.r.choice([0, 0.5, 1])}))",
                "await asyncio.sleep(1)", 'print("done yet?", t.done())', "await t"]
    return ["values = [3, 2, 1, 0]", "ratios = [10 // v for v in values]", "print(ratios)"]


def blk_deadlock(c, final=True):
    if c.r.random() < 0.5:
        return ["ev = asyncio.Event()", 'print("waiting for a signal that never comes")', "await ev.wait()"]
    return ["q = asyncio.Queue()", 'print("waiting for an item that never comes")', "item = await q.get()"]


BLOCKS = [(blk_race, 3), (blk_pingpong, 2), (blk_named, 2), (blk_gather_exc, 3), (blk_queue, 3),
          (blk_queue_nowait, 1), (blk_lock, 2), (blk_event, 2), (blk_semaphore, 2),
          (blk_wait_for, 2), (blk_timeout, 2), (blk_cancel, 3), (blk_callbacks, 2), (blk_jobs, 1.5),
          (blk_random, 1.5), (blk_blocking, 0.7), (blk_many, 1.5), (blk_nested, 1.5), (blk_stats, 0.8)]
FINALS = [blk_gather_exc, blk_wait_for, blk_cancel, blk_main_raise, blk_main_raise]


def build(r):
    """One program: (source lines, args, meta)."""
    c = Ctx(r)
    nblocks = r.choice([1, 2, 2, 3, 3, 4])
    fns, weights = zip(*BLOCKS)
    chosen = []
    while len(chosen) < nblocks:
        fn = r.choices(fns, weights)[0]
        if fn not in chosen or r.random() < 0.15:
            chosen.append(fn)
    final = None
    u = r.random()
    if u < 0.125:
        final = r.choice(FINALS)
    elif u < 0.135:
        final = blk_deadlock
    body = []
    for fn in chosen:
        if body:
            body.append("")
        body += fn(c)
    if final:
        body += [""] + final(c, final=True)
    # main's frame: random seed, timer, ticker, elapsed time, return value
    head, tail = [], []
    if "random" in c.flags or r.random() < 0.2:
        c.need_random()
        head.append(f"random.seed({r.choice([444, 1, 7, 42, 2024, r.randint(0, 99)])})")
    if r.random() < 0.5:
        c.need_time()
        head.append("start = time.perf_counter()")
        tail.append(r.choice(['print(f"finished in {time.perf_counter() - start:.2f} seconds")',
                              'elapsed = time.perf_counter() - start\nprint(f"{__file__} executed in {elapsed:0.2f} seconds.")']))
    if r.random() < 0.2:
        tk = c.fresh("ticker")
        period = r.choice([0.5, 1, 0.75])
        c.defs.append(T('''
            async def $tk(period):
                n = 0
                try:
                    for n in range(1, 41):
                        await asyncio.sleep(period)
                        print(f"tick {n}")
                except asyncio.CancelledError:
                    print(f"ticker stopped after {n}")
                    raise
        ''', tk=tk))
        head.append(f"tick_task = asyncio.create_task({tk}({period}), name='ticker')")
        tail = ["tick_task.cancel()", "try:", "    await tick_task", "except asyncio.CancelledError:",
                '    print("ticker cancelled:", tick_task.cancelled())'] + tail
    ret = None
    if r.random() < 0.15 and not final:
        ret = r.choice(["0", '"ok"', "42"])
        tail.append(f"return {ret}")
    lines = []
    args = ["--timestamps"] if r.random() < 0.125 else []
    if args:
        lines.append("# args: " + " ".join(args))
    if r.random() < 0.3:
        lines.append('"""' + r.choice(["Generated asyncio exercise.", "A small asyncio scenario.",
                                      "Tasks, timers and queues."]) + '"""')
    lines.append("import asyncio")
    if "random" in c.flags:
        lines.append("import random")
    if "time" in c.flags:
        lines.append("import time")
    for d in c.defs:
        lines += ["", ""] + d
    main_body = head + ([""] if head else []) + body + ([""] + tail if tail else [])
    lines += ["", "", "async def main():"]
    for ln in "\n".join(main_body).split("\n"):
        lines.append("    " + ln if ln else "")
    lines += ["", ""]
    lines.append('if __name__ == "__main__":')
    if ret is not None and r.random() < 0.5:
        lines.append('    print("main returned", repr(asyncio.run(main())))')
    else:
        lines.append("    asyncio.run(main())")
    return lines, args, {"final": final.__name__ if final else None,
                         "deadlock": final is blk_deadlock,
                         "blocks": [fn.__name__ for fn in chosen]}


def program_source(seed, index, attempt=0):
    """Deterministic program for (seed, index, attempt): (source, args, meta)."""
    for k in range(1000):
        r = random.Random(f"fz:{seed}:{index}:{attempt}:{k}")
        lines, args, meta = build(r)
        if 20 <= len(lines) <= 80:
            return "\n".join(lines) + "\n", args, meta
    raise RuntimeError("no program of the right length")


def run_oracle(path, args, timeout=None, hashseed="0"):
    """(stdout, stderr, status) from the oracle, or None on timeout."""
    timeout = TIMEOUT if timeout is None else timeout
    env = dict(os.environ, PYTHONHASHSEED=hashseed, PYTHONIOENCODING="utf-8")
    try:
        p = subprocess.run([sys.executable, PYREF, path] + args, capture_output=True,
                           timeout=timeout, env=env, cwd=os.path.dirname(path) or ".")
    except subprocess.TimeoutExpired:
        return None
    return (p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode)


def acceptable(res, meta, res2=None):
    """Why a program is rejected under --check, or None."""
    if res is None:
        return "timeout"
    out, err, status = res
    if res2 is not None and res2 != res:
        return "nondeterministic"
    if status not in (0, 1):
        return f"status {status}"
    if "deadlock:" in err and not meta["deadlock"]:
        return "deadlock"
    if err and (not err.startswith("Traceback (most recent call last):\n") or 'File "/' in err
                or "never retrieved" in err or "destroyed" in err or "Exception in callback" in err):
        return "stderr noise"
    if status == 1 and not err:
        return "status 1 without traceback"
    if len(out) > 200_000:
        return "too much output"
    return None


def make_one(seed, index, out, check, golden):
    name = f"fz_{seed}_{index}"
    path = os.path.join(out, name + ".py")
    rejected = []
    for attempt in range(MAX_ATTEMPTS if check else 1):
        src, args, meta = program_source(seed, index, attempt)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(src)
        res = None
        if check or golden:
            res = run_oracle(path, args)
        if check:
            res2 = run_oracle(path, args, hashseed="12345") if res is not None else None
            why = acceptable(res, meta, res2)
            if why:
                rejected.append(why)
                continue
        break
    else:
        raise RuntimeError(f"{name}: no acceptable program in {MAX_ATTEMPTS} attempts")
    rec = {"name": name, "path": path, "args": args, "attempt": attempt, "meta": meta, "result": res,
           "rejected": rejected}
    jpath = os.path.join(out, name + ".json")
    if golden and res is not None:
        stdout, stderr, status = res
        with open(jpath, "w", encoding="utf-8") as fh:
            json.dump({"args": args, "stdout": stdout, "stderr": stderr, "status": status},
                      fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
    elif os.path.exists(jpath):
        os.remove(jpath)
    return rec


def generate(seed, count, out, check=False, golden=False, jobs=None):
    out = os.path.abspath(out)
    os.makedirs(out, exist_ok=True)
    jobs = jobs or os.cpu_count() or 1
    with ThreadPoolExecutor(jobs) as ex:
        return list(ex.map(lambda i: make_one(seed, i, out, check, golden), range(count)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--check", action="store_true", help="regenerate programs the oracle rejects")
    ap.add_argument("--golden", action="store_true", help="write <name>.json from the oracle")
    ap.add_argument("--jobs", type=int, default=None)
    a = ap.parse_args()
    recs = generate(a.seed, a.count, a.out, a.check, a.golden, a.jobs)
    if a.check or a.golden:
        fails = sum(1 for r in recs if r["result"] and r["result"][2] != 0)
        dead = sum(1 for r in recs if r["result"] and "deadlock:" in r["result"][1])
        regen = sum(1 for r in recs if r["attempt"])
        why = sorted({w for r in recs for w in r["rejected"]})
        print(f"{len(recs)} programs in {a.out}: {fails} exit 1 ({dead} deadlocks), "
              f"{regen} regenerated" + (f" (rejected: {', '.join(why)})" if why else ""),
              file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Bad input for the interpreter's robustness tests.

usage: python3 tools/gen_mangled.py [--out python/tests/mangled] [--seed 0] [--jobs J]

Writes m000.py ... m199.py (deterministic from the seed; bytes written as-is, some
files are not valid UTF-8) and index.json, which maps each file to
  category  truncated | byte_edit | deep_nesting | huge_literal | endless_loop |
            endless_recursion | memory_hog | endless_asyncio | odd_exception | combination
  expect    what a correct interpreter does:
            "syntax_error"   CPython rejects it at compile time (SyntaxError,
                             IndentationError, ValueError); checked with compile()
            "runtime_error"  it raises (exit status 1); checked with the oracle
            "limit"          endless loop / recursion / memory: the interpreter must stop
                             it with a clear message, or raise RecursionError/MemoryError
            "ok"             runs to the end (exit status 0); checked with the oracle
  what      how the file was made
  cpython   what CPython 3.11 does: the compile error, the last line of the oracle's
            stderr, or for "limit" files what the oracle did in 10 s under a 512 MB
            address-space limit (memory hogs: 256 MB, until they end)
  status    the oracle's exit status ("ok" and "runtime_error" files)
Sources for truncations and byte edits: engine/src/lessons/py/*.py and programs of
tools/gen_programs.py. Cuts and edits that CPython runs for more than 10 s are
replaced by other ones.
"""
import argparse
import glob
import json
import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_programs  # noqa: E402

ROOT = gen_programs.ROOT
PYREF = gen_programs.PYREF
TIMEOUT = 10.0
MEMLIMIT = 512 << 20


def compile_error(data):
    """The compile-time error CPython reports, as (kind, text), or None."""
    try:
        compile(data, "<mangled>", "exec")
    except (SyntaxError, ValueError) as e:  # IndentationError is a SyntaxError
        where = f" (line {e.lineno})" if isinstance(e, SyntaxError) and e.lineno else ""
        msg = e.msg if isinstance(e, SyntaxError) else str(e)
        return "syntax_error", f"{type(e).__name__}: {msg}{where}"
    except (RecursionError, MemoryError) as e:
        return "limit", f"{type(e).__name__} at compile time" + (f": {e}" if str(e) else "")
    return None


HOG_MEMLIMIT, HOG_TIMEOUT = 256 << 20, 60.0   # memory hogs: end with MemoryError, however slow
LIMITED = ("import os, resource, sys; m = int(sys.argv[1]); resource.setrlimit(resource.RLIMIT_AS, (m, m)); "
           "os.execv(sys.executable, [sys.executable] + sys.argv[2:])")


def run_oracle(path, hog=False):
    """(status, last stderr line) or None if it runs for more than TIMEOUT seconds."""
    mem, timeout = (HOG_MEMLIMIT, HOG_TIMEOUT) if hog else (MEMLIMIT, TIMEOUT)
    try:
        p = subprocess.run([sys.executable, "-c", LIMITED, str(mem), PYREF, os.path.basename(path)],
                           cwd=os.path.dirname(path), capture_output=True, timeout=timeout,
                           stdin=subprocess.DEVNULL, env=dict(os.environ, PYTHONHASHSEED="0"))
    except subprocess.TimeoutExpired:
        return None
    err = p.stderr.decode("utf-8", "replace").strip().splitlines()
    return p.returncode, (err[-1][:200] if err else "")


# ---------------------------------------------------------------- designed files
# (category, expect, what, source); expect None = decided by compile() and the oracle

def nest(depth, line, body):
    out = []
    for i in range(depth):
        out.append(" " * i + line.format(i=i) + "\n")
    return "".join(out) + " " * depth + body + "\n"


DEEP = [
    ("10,000 nested parentheses", "x = " + "(" * 10000 + "1" + ")" * 10000 + "\nprint(x)\n"),
    ("500 nested if statements", nest(500, "if True:", "print('deep')")),
    ("100,000 minus signs", "x = " + "-" * 100000 + "1\nprint(x)\n"),
    ("a list literal nested 5,000 deep", "x = " + "[" * 5000 + "]" * 5000 + "\nprint(len(x))\n"),
    ("a 5,000-element list literal of nested lists",
     "x = [" + ", ".join(f"[{i}, [{i % 7}, ({i},)]]" for i in range(5000)) + "]\n"
     "print(len(x), x[-1], sum(a for a, _ in x))\n"),
    ("30 nested for loops (too many statically nested blocks)",
     nest(30, "for i{i} in range(1):", "print('inner')")),
    ("90 nested function definitions",
     "".join(" " * i + f"def f{i}():\n" for i in range(90)) + " " * 90 + "return 90\n"
     + "".join(" " * (i + 1) + f"return f{i + 1}()\n" for i in reversed(range(89))) + "print(f0())\n"),
    ("a 100,000-term sum 1+1+...+1", "x = " + "+".join(["1"] * 100000) + "\nprint(x)\n"),
    ("100,000 chained subscripts", "a = [0]\nx = a" + "[0]" * 100000 + "\nprint(x)\n"),
    ("100,000 chained attributes", "import math\nx = math" + ".pi" * 100000 + "\n"),
    ("1,000 nested dict literals", "x = " + "{1: " * 1000 + "1" + "}" * 1000 + "\n"),
    ("1,000 nested lambdas", "f = " + "lambda: " * 1000 + "'bottom'\nfor _ in range(1000):\n    f = f()\nprint(f)\n"),
    ("500 sibling if statements in a loop",
     "n = 0\nfor i in range(3):\n" + "".join(f"    if i == {k % 3}:\n        n += {k}\n" for k in range(500))
     + "print(n)\n"),
    ("nesting 200 deep inside an async def",
     "import asyncio\n\nasync def main():\n    x = " + "(" * 200 + "1" + ")" * 200 + "\n    print(x)\n\nasyncio.run(main())\n"),
    ("deeply nested f-strings and brackets", "x = f\"{" * 2 + "[" * 150 + "1" + "]" * 150 + "}\"" * 2 + "\nprint(x)\n"),
]

HUGE = [
    ("a 2 MB string literal", "limit?", "s = '" + "ab" * 1_000_000 + "'\nprint(len(s), s[:10], s.count('b'))\n"),
    ("a 200,000-digit int literal", None, "x = " + "".join(str((i * 7 + 3) % 10) for i in range(200000)) + "\nprint(x % 97)\n"),
    ("10**10**8", "limit", "x = 10**10**8\nprint(x > 0)\n"),
    ("a 200,000-digit hexadecimal int literal", None, "x = 0x" + "f" * 200000 + "\nprint(x.bit_length(), x % 1000003)\n"),
    ("a 500 KB bytes literal", None, "b = b'" + "\\x00\\xff" * 25000 + "xy" * 200000 + "'\nprint(len(b), b[:4], b[-2:])\n"),
    ("str() of a 100,000-digit int (int max str digits)", None, "x = 7 ** 120000\nprint(len(str(x)))\n"),
    ("a 100,000-element list display", None, "xs = [" + ",".join(str(i) for i in range(100000)) + "]\nprint(len(xs), sum(xs))\n"),
    ("a 200,000-character identifier", None, "v" + "x" * 200000 + " = 3\nprint(v" + "x" * 200000 + " * 2)\n"),
]

LOOPS = [
    ("while True: pass", "while True:\n    pass\n"),
    ("while True: x = 1", "while True:\n    x = 1\n"),
    ("print then loop forever", "print('start')\nwhile True:\n    x = 1\n"),
    ("for over itertools.count()", "import itertools\nfor i in itertools.count():\n    pass\n"),
    ("counter that never reaches its bound", "x = 0\nwhile x >= 0:\n    x += 1\n"),
    ("while 1 with continue", "n = 0\nwhile 1:\n    n += 1\n    if n % 2:\n        continue\n"),
    ("endless generator consumed by sum()", "def g():\n    while True:\n        yield 1\n\nprint(sum(g()))\n"),
    ("endless loop inside a coroutine", "import asyncio\n\nasync def main():\n    while True:\n        pass\n\nasyncio.run(main())\n"),
]

RECURSION = [
    ("def f(): return f()", "def f():\n    return f()\n\nf()\n"),
    ("mutual recursion", "def even(n):\n    return odd(n + 1)\n\ndef odd(n):\n    return even(n + 1)\n\nprint(even(0))\n"),
    ("recursion inside a task", "import asyncio\n\ndef depth(n):\n    return depth(n + 1) + 1\n\nasync def worker():\n    await asyncio.sleep(0)\n    return depth(0)\n\nasync def main():\n    t = asyncio.create_task(worker())\n    print(await t)\n\nasyncio.run(main())\n"),
    ("recursion in __repr__", "class Node:\n    def __repr__(self):\n        return f\"Node({self!r})\"\n\nprint(Node())\n"),
    ("recursive coroutine awaiting itself", "import asyncio\n\nasync def down(n):\n    return await down(n + 1)\n\nasyncio.run(down(0))\n"),
    ("recursion in __getattr__", "class A:\n    def __getattr__(self, name):\n        return self.missing\n\nprint(A().x)\n"),
    ("recursion through __str__ and format", "class S:\n    def __str__(self):\n        return '<' + format(self) + '>'\n\nprint(S())\n"),
    ("a list that contains itself, compared with ==", "a = []\na.append(a)\nb = []\nb.append(b)\nprint(a == b)\n"),
    ("caught RecursionError, then it goes on", "def f(n):\n    return f(n + 1)\n\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', type(e).__name__)\nprint('still alive')\n"),
    ("recursion in a call_soon callback chain that never ends",
     "import asyncio\n\ndef again(loop, n):\n    loop.call_soon(again, loop, n + 1)\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    again(loop, 0)\n    await asyncio.sleep(1)\n    print('never')\n\nasyncio.run(main())\n"),
]

MEMORY = [
    ("[0] * 10**10", "x = [0] * 10**10\nprint(len(x))\n"),
    ("'a' * 10**12", "s = 'a' * 10**12\nprint(len(s))\n"),
    ("a list that doubles forever", "x = [1]\nwhile True:\n    x = x + x\n"),
    ("a dict that grows forever", "d = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 10\n    i += 1\n"),
    ("bytes(10**12)", "b = bytes(10**12)\nprint(len(b))\n"),
    ("a string that doubles forever", "s = 'x'\nwhile True:\n    s += s\n"),
    ("list.append forever", "xs = []\nwhile True:\n    xs.append([0] * 100)\n"),
    ("bytearray(10**11) in a task",
     "import asyncio\n\nasync def hog():\n    await asyncio.sleep(0)\n    return bytearray(10**11)\n\nasync def main():\n    print(len(await hog()))\n\nasyncio.run(main())\n"),
    ("MemoryError caught and survived",
     "try:\n    x = [0] * 10**10\nexcept MemoryError:\n    print('caught MemoryError')\nprint('after')\n"),
    ("range(10**12) materialised", "xs = list(range(10**12))\nprint(len(xs))\n"),
]

ASYNC = [
    ("while True: await asyncio.sleep(0)", "limit",
     "import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n"),
    ("main awaits a task that sleeps forever", "limit",
     "import asyncio\n\nasync def forever():\n    n = 0\n    while True:\n        await asyncio.sleep(1)\n        n += 1\n\nasync def main():\n    t = asyncio.create_task(forever())\n    print('waiting')\n    await t\n\nasyncio.run(main())\n"),
    ("two tasks ping-pong with sleep(0) forever", "limit",
     "import asyncio\n\nasync def spin(name):\n    while True:\n        await asyncio.sleep(0)\n\nasync def main():\n    await asyncio.gather(spin('a'), spin('b'))\n\nasyncio.run(main())\n"),
    ("deadlock: main waits for an event nobody sets", None,
     "import asyncio\n\nasync def main():\n    ev = asyncio.Event()\n    print('waiting')\n    await ev.wait()\n\nasyncio.run(main())\n"),
    ("deadlock: a task waits forever, main waits on the task", None,
     "import asyncio\n\nasync def stuck(ev):\n    await ev.wait()\n\nasync def main():\n    t = asyncio.create_task(stuck(asyncio.Event()))\n    await t\n\nasyncio.run(main())\n"),
    ("deadlock: Queue.join with no consumer", None,
     "import asyncio\n\nasync def main():\n    q = asyncio.Queue()\n    await q.put(1)\n    print('joining')\n    await q.join()\n\nasyncio.run(main())\n"),
    ("deadlock: a lock acquired twice", None,
     "import asyncio\n\nasync def main():\n    lock = asyncio.Lock()\n    async with lock:\n        print('inside')\n        async with lock:\n            print('never')\n\nasyncio.run(main())\n"),
    ("deadlock: get from an empty queue", None,
     "import asyncio\n\nasync def main():\n    q = asyncio.Queue(maxsize=1)\n    print(await q.get())\n\nasyncio.run(main())\n"),
    ("deadlock: awaiting a future nobody resolves", None,
     "import asyncio\n\nasync def main():\n    fut = asyncio.get_running_loop().create_future()\n    print(await fut)\n\nasyncio.run(main())\n"),
    ("call_later rescheduling itself forever", "limit",
     "import asyncio\n\ndef tick(loop):\n    loop.call_later(1, tick, loop)\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    tick(loop)\n    await loop.create_future()\n\nasyncio.run(main())\n"),
    ("wait_for cannot interrupt a busy loop", "limit",
     "import asyncio\n\nasync def busy():\n    while True:\n        pass\n\nasync def main():\n    await asyncio.wait_for(busy(), timeout=1)\n\nasyncio.run(main())\n"),
    ("a task that creates tasks forever", "limit",
     "import asyncio\n\nasync def spawn(n):\n    asyncio.create_task(spawn(n + 1))\n    await asyncio.sleep(0)\n\nasync def main():\n    await spawn(0)\n    while True:\n        await asyncio.sleep(1)\n\nasyncio.run(main())\n"),
]

ODD = [
    ("__str__ raises during print", "class Bad:\n    def __str__(self):\n        raise ValueError('no str for you')\n\nprint('before')\nprint(Bad())\n"),
    ("a generator's finally raises during close()",
     "def gen():\n    try:\n        yield 1\n        yield 2\n    finally:\n        raise RuntimeError('in finally')\n\ng = gen()\nprint(next(g))\ng.close()\nprint('closed')\n"),
    ("__repr__ raises inside an f-string", "class R:\n    def __repr__(self):\n        raise KeyError('repr')\n\nprint(f'{R()!r}')\n"),
    ("__eq__ raises inside list.index", "class E:\n    def __eq__(self, other):\n        raise TypeError('cannot compare')\n\nprint([1, 2, 3].index(E()))\n"),
    ("__hash__ raises on dict insert", "class H:\n    def __hash__(self):\n        raise RuntimeError('unhashable today')\n\nd = {}\nd[H()] = 1\n"),
    ("__iter__ raises in a for loop", "class I:\n    def __iter__(self):\n        raise ValueError('no iteration')\n\nfor x in I():\n    print(x)\n"),
    ("StopIteration inside a generator", "def g():\n    yield 1\n    next(iter([]))\n\nprint(list(g()))\n"),
    ("__bool__ raises in an if", "class B:\n    def __bool__(self):\n        raise ZeroDivisionError('truth')\n\nif B():\n    print('yes')\n"),
    ("exception in a sort key", "xs = [3, 1, 'two']\nprint(sorted(xs, key=lambda v: v + 0))\n"),
    ("__format__ raises", "class F:\n    def __format__(self, spec):\n        raise ValueError(f'bad spec {spec!r}')\n\nprint(f'{F():>10}')\n"),
    ("__del__ raises (ignored, printed on stderr)", "class D:\n    def __del__(self):\n        raise ValueError('in __del__')\n\nd = D()\ndel d\nprint('after del')\n"),
    ("__aexit__ raises", "import asyncio\n\nclass CM:\n    async def __aenter__(self):\n        return self\n    async def __aexit__(self, *exc):\n        raise RuntimeError('exit failed')\n\nasync def main():\n    async with CM():\n        print('inside')\n\nasyncio.run(main())\n"),
    ("a task's finally raises while it is cancelled",
     "import asyncio\n\nasync def worker():\n    try:\n        await asyncio.sleep(10)\n    finally:\n        raise ValueError('cleanup failed')\n\nasync def main():\n    t = asyncio.create_task(worker())\n    await asyncio.sleep(0)\n    t.cancel()\n    await t\n\nasyncio.run(main())\n"),
    ("exception inside an except block (chained)", "try:\n    1 / 0\nexcept ZeroDivisionError:\n    [][1]\n"),
    ("raise ... from None", "try:\n    {}['k']\nexcept KeyError:\n    raise ValueError('clean') from None\n"),
    ("exception class whose __str__ raises", "class Weird(Exception):\n    def __str__(self):\n        raise RuntimeError('str of exception')\n\nraise Weird('x')\n"),
    ("generator throw() into a generator that catches and yields",
     "def g():\n    while True:\n        try:\n            yield 1\n        except ValueError:\n            print('caught in gen')\n\nit = g()\nnext(it)\nprint(it.throw(ValueError('x')))\nit.close()\nprint('ok')\n"),
    ("__len__ returns a negative number", "class L:\n    def __len__(self):\n        return -1\n\nprint(len(L()))\n"),
    ("exception raised by a gather child while another sleeps",
     "import asyncio\n\nasync def fail():\n    await asyncio.sleep(0)\n    raise KeyError('child')\n\nasync def main():\n    await asyncio.gather(asyncio.sleep(1), fail())\n\nasyncio.run(main())\n"),
    ("SystemExit with a message inside a coroutine", "import asyncio\n\nasync def main():\n    print('leaving')\n    raise SystemExit('bye')\n\nasyncio.run(main())\n"),
]


def truncated(r, sources):
    name, data = r.choice(sources)
    if r.random() < 0.25:
        lines = data.split(b"\n")
        k = r.randint(1, max(1, len(lines) - 1))
        return data[:len(b"\n".join(lines[:k]))] + b"\n", f"{name} cut after line {k}"
    k = r.randint(1, len(data) - 1)
    return data[:k], f"{name} cut at byte {k}"


def byte_edit(r, sources):
    name, data = r.choice(sources)
    data = bytearray(data)
    ops = []
    for _ in range(r.randint(1, 3)):
        op = r.choice(["replace", "replace", "delete", "insert", "duplicate", "swap"])
        i = r.randrange(len(data))
        if op == "replace":
            b = r.choice([r.randrange(256), r.randrange(0x80, 0x100), 0, r.randrange(32, 127)])
            data[i] = b
            ops.append(f"byte {i} := 0x{b:02x}")
        elif op == "delete":
            n = r.randint(1, 8)
            del data[i:i + n]
            ops.append(f"delete {n} at {i}")
        elif op == "insert":
            chunk = r.choice([b"(", b")", b":", b"    ", b"\t", b"\xff", b"\xc3", b"\x00", b"'", b'"""', b"\\",
                              b"\n", b"await ", b"async ", b"yield ", b"lambda", bytes([r.randrange(256)])])
            data[i:i] = chunk
            ops.append(f"insert {bytes(chunk)!r} at {i}")
        elif op == "duplicate":
            n = r.randint(2, 40)
            data[i:i] = data[i:i + n]
            ops.append(f"duplicate {n} at {i}")
        else:
            j = r.randrange(len(data))
            data[i], data[j] = data[j], data[i]
            ops.append(f"swap {i} {j}")
    return bytes(data), f"{name}: " + ", ".join(ops)


def sources():
    out = []
    for p in sorted(glob.glob(os.path.join(ROOT, "engine", "src", "lessons", "py", "*.py"))):
        out.append((os.path.basename(p), open(p, "rb").read()))
    for k in range(24):
        src, _, _ = gen_programs.program_source(900, k)
        out.append((f"gen_programs seed 900 #{k}", src.encode()))
    return out


def combinations(r, srcs):
    """Pairs of the designed pathologies, and pathologies inside real programs."""
    combos = []
    # mutation of a mutation
    d, w = truncated(r, srcs)
    d2, w2 = byte_edit(r, [(w, d)])
    combos.append(("combination", None, "truncated then edited: " + w2, d2))
    # a real program with an endless loop in a task added
    src, _, _ = gen_programs.program_source(901, 0)
    combos.append(("combination", "limit", "generated program whose main first spins forever",
                   src.replace("async def main():\n", "async def main():\n    while True:\n        pass\n", 1).encode()))
    src, _, _ = gen_programs.program_source(901, 1)
    combos.append(("combination", "limit", "generated program whose main first recurses forever",
                   ("def dive(n):\n    return dive(n + 1)\n\n\n" + src.replace(
                       "async def main():\n", "async def main():\n    dive(0)\n", 1)).encode()))
    src, _, _ = gen_programs.program_source(901, 2)
    combos.append(("combination", "limit", "generated program with 10,000 nested parentheses in main",
                   src.replace("async def main():\n", "async def main():\n    x = " + "(" * 10000 + "1" + ")" * 10000 + "\n", 1).encode()))
    combos += [
        ("combination", None, "recursion in __repr__ printed by a task in gather",
         b"import asyncio\n\nclass Loop:\n    def __repr__(self):\n        return repr(self)\n\nasync def show(x):\n    await asyncio.sleep(0)\n    print(x)\n\nasync def main():\n    await asyncio.gather(show(1), show(Loop()), return_exceptions=False)\n\nasyncio.run(main())\n"),
        ("combination", "limit", "memory hog inside a task under wait_for",
         b"import asyncio\n\nasync def hog():\n    x = [1]\n    while True:\n        x = x + x\n        await asyncio.sleep(0)\n\nasync def main():\n    await asyncio.wait_for(hog(), timeout=5)\n\nasyncio.run(main())\n"),
        ("combination", None, "a 5,000-deep nested list built at run time, then printed",
         b"x = []\nfor _ in range(5000):\n    x = [x]\nprint(len(str(x)))\n"),
        ("combination", None, "deep nesting built at run time compared with ==",
         b"a = b = None\nfor _ in range(100000):\n    a = [a]\n    b = [b]\nprint(a == b)\n"),
        ("combination", "limit", "endless sleep(0) loop after a caught RecursionError",
         b"import asyncio\n\ndef f():\n    return f()\n\nasync def main():\n    try:\n        f()\n    except RecursionError:\n        print('recovered')\n    while True:\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n"),
        ("combination", None, "__str__ raising inside a task whose exception gather returns",
         b"import asyncio\n\nclass Bad:\n    def __str__(self):\n        raise ValueError('bad str')\n\nasync def show():\n    print(Bad())\n\nasync def main():\n    res = await asyncio.gather(show(), return_exceptions=True)\n    print(repr(res[0]))\n\nasyncio.run(main())\n"),
        ("combination", "limit", "huge int then str() with the digit limit raised",
         b"import sys\nsys.set_int_max_str_digits(0)\nx = 10 ** (10 ** 7)\nprint(len(str(x)))\n"),
        ("combination", None, "a generator closed during cancellation of its task",
         b"import asyncio\n\ndef numbers():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('generator closed')\n\nasync def use():\n    g = numbers()\n    print(next(g))\n    try:\n        await asyncio.sleep(5)\n    finally:\n        g.close()\n\nasync def main():\n    t = asyncio.create_task(use())\n    await asyncio.sleep(1)\n    t.cancel()\n    try:\n        await t\n    except asyncio.CancelledError:\n        print('cancelled')\n\nasyncio.run(main())\n"),
    ]
    return combos


def plan(seed):
    """The 200 files: list of (category, expect or None, what, bytes, mutable),
    where mutable is a function that makes another candidate (for replacing cuts and
    edits that run too long) or None."""
    r = random.Random(seed)
    srcs = sources()
    items = []
    for what, src in DEEP:
        items.append(["deep_nesting", None, what, src.encode(), None])
    for what, exp, src in HUGE:
        items.append(["huge_literal", None if exp == "limit?" else exp, what, src.encode(), None])
    for what, src in LOOPS:
        items.append(["endless_loop", "limit", what, src.encode(), None])
    for what, src in RECURSION:
        items.append(["endless_recursion", "limit", what, src.encode(), None])
    for what, src in MEMORY:
        items.append(["memory_hog", "limit", what, src.encode(), None])
    for what, exp, src in ASYNC:
        items.append(["endless_asyncio", exp, what, src.encode(), None])
    for what, src in ODD:
        items.append(["odd_exception", None, what, src.encode(), None])
    for cat, exp, what, data in combinations(r, srcs):
        items.append([cat, exp, what, data, None])
    n_left = 200 - len(items)
    n_trunc = n_left // 2 + n_left % 2
    for k in range(n_trunc):
        rr = random.Random(f"{seed}:trunc:{k}")
        items.append(["truncated", None, None, None, (rr, truncated)])
    for k in range(n_left - n_trunc):
        rr = random.Random(f"{seed}:edit:{k}")
        items.append(["byte_edit", None, None, None, (rr, byte_edit)])
    # interleave the kinds so that neighbouring files differ, deterministically
    random.Random(seed + 1).shuffle(items)
    return items, srcs


def settle(item, path, srcs):
    """Write the file and decide its expectation."""
    cat, exp, what, data, mut = item
    for attempt in range(100):
        if mut:
            rr, fn = mut
            data, what = fn(rr, srcs)
        with open(path, "wb") as fh:
            fh.write(data)
        entry = {"category": cat, "what": what}
        ce = compile_error(data)
        if ce:
            entry["expect"], entry["cpython"] = ce
            if exp == "limit" and ce[0] != "limit":
                entry["note"] = "designed as a limit case, but CPython rejects it at compile time"
            return entry
        res = run_oracle(path, hog=cat == "memory_hog" or "memory" in what)
        if exp == "limit" or res is None:
            if res is None and exp != "limit" and mut:
                continue   # a cut or edit that runs for long: pick another
            entry["expect"] = "limit"
            entry["cpython"] = ("does not end in 10 s" if res is None else
                                f"exit {res[0]}: {res[1]}" if res[1] else f"exit {res[0]}")
            return entry
        status, last = res
        entry["expect"] = "ok" if status == 0 else "runtime_error"
        entry["status"] = status
        if last:
            entry["cpython"] = last
        if "deadlock:" in last:
            entry["note"] = "CPython would wait forever; the oracle reports the deadlock"
        return entry
    raise RuntimeError(f"{path}: no candidate in 100 attempts")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "python", "tests", "mangled"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=None)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    items, srcs = plan(a.seed)
    assert len(items) == 200, len(items)
    paths = [os.path.join(out, f"m{i:03d}.py") for i in range(len(items))]
    with ThreadPoolExecutor(a.jobs or os.cpu_count() or 1) as ex:
        entries = list(ex.map(lambda ip: settle(ip[0], ip[1], srcs), zip(items, paths)))
    index = {os.path.basename(p): e for p, e in zip(paths, entries)}
    with open(os.path.join(out, "index.json"), "w", encoding="utf-8") as fh:
        json.dump(index, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    counts = {}
    for e in entries:
        counts.setdefault(e["category"], {}).setdefault(e["expect"], 0)
        counts[e["category"]][e["expect"]] += 1
    for cat in sorted(counts):
        print(f"{cat:18} " + ", ".join(f"{k} {v}" for k, v in sorted(counts[cat].items())))


if __name__ == "__main__":
    main()

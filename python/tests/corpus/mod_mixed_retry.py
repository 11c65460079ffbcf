# A retry decorator (functools.wraps) over flaky coroutines counted by a
# Counter, a contextmanager timer, named tuple events as JSON, word counts.
import asyncio, functools, time, logging, contextlib, json
from collections import Counter, namedtuple, deque, defaultdict

def retry(times=3, delay=0.1):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except ConnectionError as e:
                    print(f"{fn.__name__} attempt {attempt} failed: {e}")
                    if attempt == times:
                        raise
                    await asyncio.sleep(delay)
        return wrapper
    return deco

calls = Counter()

@retry(times=3)
async def flaky(name):
    calls[name] += 1
    if calls[name] < 3:
        raise ConnectionError(f"{name} down")
    return f"{name} ok"

@contextlib.contextmanager
def timer(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        print(f"{label}: {time.perf_counter() - start:.2f}s")

async def main():
    with timer("all"):
        print(await asyncio.gather(flaky("a"), flaky("b")))
    print(calls, calls.most_common(1), flaky.__name__, flaky.__wrapped__.__name__)

asyncio.run(main())

Event = namedtuple("Event", ["time", "kind", "payload"])
events = [Event(0.5, "start", {"id": 1}), Event(0.1, "tick", None), Event(0.9, "stop", {"id": 1})]
for e in sorted(events):
    print(e.time, e.kind, e)
print(json.dumps([e._asdict() for e in events]))
print(max(events, key=lambda e: e.time).kind, Event._fields, events[0]._replace(kind="restart"))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = Counter(words)
print(freq.most_common(3), sorted(freq.elements())[:5], freq["the"], sum(freq.values()))
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
print(dict(by_len))
letters = Counter(c for w in words for c in w)
print(letters.most_common(5))
print(Counter({"a": 3, "b": -1}) + Counter(), Counter("aab") - Counter("abc"))
@functools.lru_cache(maxsize=None)
def ways(n):
    if n < 0: return 0
    if n == 0: return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(30), ways.cache_info())
pow2 = functools.partial(pow, 2)
print(list(map(pow2, range(5))), functools.reduce(lambda a, b: a * b, range(1, 8), 1))

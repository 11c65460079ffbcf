# Built-ins written in Python, imported (as `_pgbuiltins`) the first time one is used.


async def anext_default(awaitable, default):
    # anext(aiterator, default): the awaitable of __anext__(), with
    # StopAsyncIteration turned into the default (CPython's anext_awaitable).
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


def _bytes_of(v):
    if isinstance(v, bytearray):
        return bytes(v._b)
    if isinstance(v, bytes):
        return v
    raise TypeError(f"can't concat {type(v).__name__} to bytearray")


def _byte(v):
    if not isinstance(v, int):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    if not 0 <= v < 256:
        raise ValueError("byte must be in range(0, 256)")
    return v


class bytearray:
    # A mutable sequence of bytes (a list of ints inside).
    __module__ = "builtins"

    def __init__(self, source=b"", encoding=None, errors=None):
        if isinstance(source, str):
            if encoding is None:
                raise TypeError("string argument without an encoding")
            source = source.encode(encoding)
        elif encoding is not None:
            raise TypeError("encoding without a string argument")
        elif isinstance(source, int):
            if source < 0:
                raise ValueError("negative count")
            source = bytes(source)
        elif isinstance(source, bytearray):
            source = source._b
        self._b = [_byte(x) for x in source]

    def __repr__(self):
        return "bytearray(" + repr(bytes(self._b)) + ")"

    def __len__(self):
        return len(self._b)

    def __iter__(self):
        return iter(self._b)

    def __contains__(self, x):
        if isinstance(x, int):
            return x in self._b
        return _bytes_of(x) in bytes(self._b)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return bytearray(self._b[i])
        try:
            return self._b[i]
        except IndexError:
            raise IndexError("bytearray index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._b[i] = [_byte(x) for x in v]
        else:
            try:
                self._b[i] = _byte(v)
            except IndexError:
                raise IndexError("bytearray index out of range") from None

    def __delitem__(self, i):
        del self._b[i]

    def __eq__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) == _bytes_of(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) != _bytes_of(other)
        return NotImplemented

    def __lt__(self, other):
        return bytes(self._b) < _bytes_of(other)

    def __le__(self, other):
        return bytes(self._b) <= _bytes_of(other)

    def __gt__(self, other):
        return bytes(self._b) > _bytes_of(other)

    def __ge__(self, other):
        return bytes(self._b) >= _bytes_of(other)

    def __add__(self, other):
        return bytearray(bytes(self._b) + _bytes_of(other))

    def __radd__(self, other):
        return _bytes_of(other) + bytes(self._b)

    def __iadd__(self, other):
        self._b.extend(_bytes_of(other))
        return self

    def __mul__(self, n):
        return bytearray(self._b * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._b *= n
        return self

    def append(self, x):
        self._b.append(_byte(x))

    def extend(self, xs):
        self._b.extend([_byte(x) for x in xs])

    def insert(self, i, x):
        self._b.insert(i, _byte(x))

    def pop(self, i=-1):
        if not self._b:
            raise IndexError("pop from empty bytearray")
        return self._b.pop(i)

    def remove(self, x):
        try:
            self._b.remove(x)
        except ValueError:
            raise ValueError("value not found in bytearray") from None

    def clear(self):
        self._b.clear()

    def copy(self):
        return bytearray(self._b)

    def reverse(self):
        self._b.reverse()

    def decode(self, encoding="utf-8", errors="strict"):
        return bytes(self._b).decode(encoding)

    def hex(self):
        return bytes(self._b).hex()

    def count(self, x):
        return bytes(self._b).count(x)

    def find(self, x):
        return bytes(self._b).find(x)

    def index(self, x):
        return bytes(self._b).index(x)

    def startswith(self, x):
        return bytes(self._b).startswith(x)

    def endswith(self, x):
        return bytes(self._b).endswith(x)

    def upper(self):
        return bytearray(bytes(self._b).upper())

    def lower(self):
        return bytearray(bytes(self._b).lower())

    def strip(self, chars=None):
        return bytearray(bytes(self._b).strip(chars))

    def split(self, sep=None):
        return [bytearray(p) for p in bytes(self._b).split(sep)]

    def replace(self, old, new):
        return bytearray(bytes(self._b).replace(_bytes_of(old), _bytes_of(new)))


# ---------------------------------------------------------------- types.GenericAlias, types.UnionType

def _type_repr(obj):
    # genericaliasobject.c's ga_repr_item.
    if obj is ...:
        return '...'
    if type(obj) is GenericAlias or type(obj) is UnionType:
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    return repr(obj)


class GenericAlias:
    """`list[int]`, `asyncio.Queue[str]`: the class, with its parameters."""
    __module__ = 'types'

    def __init__(self, origin, args):
        if type(args) is not tuple:
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if not self.__args__:
            return f'{_type_repr(self.__origin__)}[()]'
        return f'{_type_repr(self.__origin__)}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if type(other) is not GenericAlias:
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


def _union_arg(x):
    return x is None or isinstance(x, type) or type(x) is GenericAlias or type(x) is UnionType


def _union(a, b):
    # type.__or__: `int | None`; NotImplemented for anything but types.
    if not _union_arg(a) or not _union_arg(b):
        return NotImplemented
    args = []
    for x in (a, b):
        for y in (x.__args__ if type(x) is UnionType else (x,)):
            if y is None:
                y = type(None)
            if y not in args:
                args.append(y)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """`int | str`."""
    __module__ = 'types'

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if type(other) is not UnionType:
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


# itertools beyond the native repeat/count/cycle/islice/chain: the "roughly
# equivalent" code of CPython's documentation (generators here, so the
# objects' reprs and type names differ; what they yield does not).
# `itertools.<name>` finds them on first use (`ITERTOOLS_IN_PYTHON`).

def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    iterable = iter(iterable)
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    iterator = iter(iterable)
    exhausted = False

    def _grouper(target_key):
        nonlocal curr_value, curr_key, exhausted
        yield curr_value
        for curr_value in iterator:
            curr_key = keyfunc(curr_value)
            if curr_key != target_key:
                return
            yield curr_value
        exhausted = True

    try:
        curr_value = next(iterator)
    except StopIteration:
        return
    curr_key = keyfunc(curr_value)
    while not exhausted:
        target_key = curr_key
        curr_group = _grouper(target_key)
        yield curr_key, curr_group
        if curr_key == target_key:
            for _ in curr_group:
                pass


def pairwise(iterable):
    iterator = iter(iterable)
    a = next(iterator, None)
    for b in iterator:
        yield a, b
        a = b


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            break
        yield x


def _tee(iterator, link):
    try:
        while True:
            if link[1] is None:
                link[0] = next(iterator)
                link[1] = [None, None]
            value, link = link
            yield value
    except StopIteration:
        return


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    iterator = iter(iterable)
    shared_link = [None, None]
    return tuple(_tee(iterator, shared_link) for _ in range(n))


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    num_active = len(iterators)
    if not num_active:
        return
    done = [False] * num_active
    while True:
        values = []
        for i, iterator in enumerate(iterators):
            if done[i]:
                values.append(fillvalue)
                continue
            try:
                value = next(iterator)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                done[i] = True
                value = fillvalue
            values.append(value)
        yield tuple(values)


# random.Random: each instance has a stream of its own (`_pg.rng_new`); its
# methods are the random module's functions run on that stream.
import _pg as _pg_random


class Random:
    __module__ = 'random'

    def __init__(self, x=None):
        self._pg_rng = _pg_random.rng_new()
        self.seed(x)

    def seed(self, a=None, version=2):
        return _pg_random.rng_call(self._pg_rng, 'seed', a, version)

    def random(self):
        return _pg_random.rng_call(self._pg_rng, 'random')

    def randint(self, a, b):
        return _pg_random.rng_call(self._pg_rng, 'randint', a, b)

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            return _pg_random.rng_call(self._pg_rng, 'randrange', start)
        return _pg_random.rng_call(self._pg_rng, 'randrange', start, stop, step)

    def uniform(self, a, b):
        return _pg_random.rng_call(self._pg_rng, 'uniform', a, b)

    def choice(self, seq):
        return _pg_random.rng_call(self._pg_rng, 'choice', seq)

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        return _pg_random.rng_call(self._pg_rng, 'choices', population, weights,
                                   cum_weights=cum_weights, k=k)

    def shuffle(self, x):
        return _pg_random.rng_call(self._pg_rng, 'shuffle', x)

    def sample(self, population, k, *, counts=None):
        return _pg_random.rng_call(self._pg_rng, 'sample', population, k, counts=counts)

    def getrandbits(self, k):
        return _pg_random.rng_call(self._pg_rng, 'getrandbits', k)

    def randbytes(self, n):
        return _pg_random.rng_call(self._pg_rng, 'randbytes', n)

    def gauss(self, mu=0.0, sigma=1.0):
        return _pg_random.rng_call(self._pg_rng, 'gauss', mu, sigma)

    def normalvariate(self, mu=0.0, sigma=1.0):
        return _pg_random.rng_call(self._pg_rng, 'normalvariate', mu, sigma)

    def lognormvariate(self, mu, sigma):
        return _pg_random.rng_call(self._pg_rng, 'lognormvariate', mu, sigma)

    def expovariate(self, lambd):
        return _pg_random.rng_call(self._pg_rng, 'expovariate', lambd)

    def paretovariate(self, alpha):
        return _pg_random.rng_call(self._pg_rng, 'paretovariate', alpha)

    def weibullvariate(self, alpha, beta):
        return _pg_random.rng_call(self._pg_rng, 'weibullvariate', alpha, beta)

    def triangular(self, low=0.0, high=1.0, mode=None):
        return _pg_random.rng_call(self._pg_rng, 'triangular', low, high, mode)


# heapq's other functions (CPython's heapq.py; nsmallest/nlargest as their
# documented equivalents, which they equal).
def heappushpop(heap, item):
    import heapq
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        heapq.heapify(heap)
    return item


def heapreplace(heap, item):
    import heapq
    returnitem = heap[0]
    heap[0] = item
    heapq.heapify(heap)
    return returnitem


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    items = []
    for it in iterables:
        items.extend(it)
    yield from sorted(items, key=key, reverse=reverse)


# os.getenv (the environment is empty) and os.path: posixpath's functions
# on names (CPython 3.11's), as a module object.
def getenv(key, default=None):
    import os
    return os.environ.get(key, default)


class _posixpath:
    __module__ = 'os'
    sep = '/'
    curdir = '.'
    pardir = '..'
    extsep = '.'

    def __repr__(self):
        return "<module 'posixpath' (frozen)>"

    @staticmethod
    def isabs(s):
        return s.startswith('/')

    @staticmethod
    def join(a, *p):
        path = a
        for b in p:
            if b.startswith('/'):
                path = b
            elif not path or path.endswith('/'):
                path += b
            else:
                path += '/' + b
        return path

    @staticmethod
    def split(p):
        i = p.rfind('/') + 1
        head, tail = p[:i], p[i:]
        if head and head != '/' * len(head):
            head = head.rstrip('/')
        return head, tail

    @staticmethod
    def splitext(p):
        sep_index = p.rfind('/')
        dot_index = p.rfind('.')
        if dot_index > sep_index:
            filename_index = sep_index + 1
            while filename_index < dot_index:
                if p[filename_index] != '.':
                    return p[:dot_index], p[dot_index:]
                filename_index += 1
        return p, p[:0]

    @staticmethod
    def basename(p):
        i = p.rfind('/') + 1
        return p[i:]

    @staticmethod
    def dirname(p):
        i = p.rfind('/') + 1
        head = p[:i]
        if head and head != '/' * len(head):
            head = head.rstrip('/')
        return head

    @staticmethod
    def normpath(path):
        if path == '':
            return '.'
        initial_slashes = path.startswith('/')
        if initial_slashes and path.startswith('//') and not path.startswith('///'):
            initial_slashes = 2
        comps = path.split('/')
        new_comps = []
        for comp in comps:
            if comp in ('', '.'):
                continue
            if (comp != '..' or (not initial_slashes and not new_comps) or
                    (new_comps and new_comps[-1] == '..')):
                new_comps.append(comp)
            elif new_comps:
                new_comps.pop()
        comps = new_comps
        path = '/'.join(comps)
        if initial_slashes:
            path = '/' * initial_slashes + path
        return path or '.'


path = _posixpath()


class _structseq:
    # A C struct sequence (`sys.version_info`): a tuple with named fields.
    def __init__(self, values):
        object.__setattr__(self, "_t", tuple(values))

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        fields = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self._t))
        return f"{self.__module__}.{type(self).__name__}({fields})"

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __getitem__(self, i):
        return self._t[i]

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        o = other._t if isinstance(other, _structseq) else other
        return self._t == o if isinstance(o, tuple) else NotImplemented

    def __ne__(self, other):
        o = other._t if isinstance(other, _structseq) else other
        return self._t != o if isinstance(o, tuple) else NotImplemented

    def __lt__(self, other):
        o = other._t if isinstance(other, _structseq) else other
        return self._t < o if isinstance(o, tuple) else NotImplemented

    def __le__(self, other):
        o = other._t if isinstance(other, _structseq) else other
        return self._t <= o if isinstance(o, tuple) else NotImplemented

    def __gt__(self, other):
        o = other._t if isinstance(other, _structseq) else other
        return self._t > o if isinstance(o, tuple) else NotImplemented

    def __ge__(self, other):
        o = other._t if isinstance(other, _structseq) else other
        return self._t >= o if isinstance(o, tuple) else NotImplemented


class version_info(_structseq):
    __module__ = "sys"
    _fields = ("major", "minor", "micro", "releaselevel", "serial")
    major = property(lambda self: self._t[0])
    minor = property(lambda self: self._t[1])
    micro = property(lambda self: self._t[2])
    releaselevel = property(lambda self: self._t[3])
    serial = property(lambda self: self._t[4])


version_info = version_info((3, 11, 7, "final", 0))


# abc: ABC and abstractmethod. There are no metaclasses here, so ABC is a
# plain base whose __new__ refuses a class with abstract methods left (the
# check CPython's object_new makes of __abstractmethods__, found here on the
# class's first instantiation); no ABCMeta, register or __subclasshook__.

def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def get_cache_token():
    return 0


def _is_abstract(v):
    if isinstance(v, property):
        return any(_is_abstract(f) for f in (v.fget, v.fset, v.fdel) if f is not None)
    if isinstance(v, (classmethod, staticmethod)):
        v = v.__func__
    return bool(getattr(v, "__isabstractmethod__", False))


_abstract_names = {}


def _abstracts(cls):
    names = _abstract_names.get(cls)
    if names is None:
        seen = set()
        names = []
        for klass in cls.__mro__:
            for name, v in klass.__dict__.items():
                if name not in seen:
                    seen.add(name)
                    if _is_abstract(v):
                        names.append(name)
        names.sort()
        _abstract_names[cls] = names
    return names


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __module__ = "abc"

    def __new__(cls, *args, **kwargs):
        names = _abstracts(cls)
        if names:
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} with abstract "
                f"method{'s' if len(names) > 1 else ''} {', '.join(names)}")
        return object.__new__(cls)

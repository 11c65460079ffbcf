# copy, written in Python for the playground (imported as `copy`, on first
# import only): CPython 3.11's copy.py, with object.__reduce_ex__(4) spelled
# out (copyreg.__newobj__ with __getnewargs__, then the instance's __dict__,
# or __setstate__) since the playground's objects have no __reduce_ex__.

from collections import deque, defaultdict


class Error(Exception):
    pass


error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]

_atomic = (type(None), int, float, bool, str, bytes, type, range,
           slice, property, type(Ellipsis), type(NotImplemented), type(len),
           type(lambda: 0), frozenset)


def _is_atomic_type(cls):
    for t in _atomic:
        if cls is t:
            return True
    return False


def _is_builtin(cls):
    return cls.__module__ == 'builtins'


def _own(cls, name):
    # A method the class (or a base other than object) defines.
    for c in cls.__mro__:
        if c is not object and name in c.__dict__:
            return c.__dict__[name]
    return None


def _reduce(x, cls):
    # object.__reduce_ex__(4) of an instance of a class written in Python, or
    # the class's own __reduce_ex__/__reduce__.
    reductor = _own(cls, '__reduce_ex__')
    if reductor is not None:
        return reductor(x, 4)
    reductor = _own(cls, '__reduce__')
    if reductor is not None:
        return reductor(x)
    getnewargs = _own(cls, '__getnewargs__')
    args = getnewargs(x) if getnewargs is not None else ()
    state = _own(cls, '__getstate__')
    if state is not None:
        state = state(x)
    else:
        state = x.__dict__ or None
    return (_newobj, (cls,) + tuple(args), state)


def _newobj(cls, *args):
    # copyreg.__newobj__: cls.__new__(cls, *args)
    new = _own(cls, '__new__')
    if new is None:
        return object.__new__(cls)
    if isinstance(new, staticmethod):
        new = new.__func__
    return new(cls, *args)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic_type(cls) or cls is tuple:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if cls is defaultdict:
        return defaultdict(x.default_factory, x)
    if cls is deque:
        return deque(x, x.maxlen)
    if isinstance(x, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if _is_builtin(cls):
        if cls.__name__ == 'bytearray':
            return x.copy()
        if isinstance(x, BaseException):
            return _reconstruct(x, None, cls, x.args, x.__dict__ or None)
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    if _is_atomic_type(cls) or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict or cls is defaultdict:
        y = {} if cls is dict else defaultdict(x.default_factory)
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set([deepcopy(a, memo) for a in x])
    elif cls is deque:
        y = deque([deepcopy(a, memo) for a in x], x.maxlen)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif _is_builtin(cls):
            if cls.__name__ == 'bytearray':
                y = x.copy()
            elif isinstance(x, BaseException):
                y = _reconstruct(x, memo, cls, x.args, x.__dict__ or None)
            else:
                raise TypeError(f"cannot pickle '{cls.__name__}' object")
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                for key, value in state.items():
                    object.__setattr__(y, key, value)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y

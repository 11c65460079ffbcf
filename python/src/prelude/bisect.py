# bisect, written in Python for the playground (imported as `bisect`, on first
# import only): CPython 3.11's bisect.py, with the argument handling and the
# messages of its C version (_bisect).

def _args(name, args, kwargs):
    # _bisect's argument clinic: (a, x, lo=0, hi=None, *, key=None).
    names = ('a', 'x', 'lo', 'hi')
    if len(args) > 4:
        raise TypeError(f"{name}() takes at most 4 positional arguments ({len(args)} given)")
    values = list(args) + [None] * (4 - len(args))
    given = [True] * len(args) + [False] * (4 - len(args))
    key = None
    for k, v in kwargs.items():
        if k == 'key':
            key = v
        elif k in names:
            i = names.index(k)
            if given[i]:
                raise TypeError(f"argument for {name}() given by name ('{k}') and position ({i + 1})")
            values[i] = v
            given[i] = True
        else:
            raise TypeError(f"'{k}' is an invalid keyword argument for {name}()")
    for i in range(2):
        if not given[i]:
            raise TypeError(f"{name}() missing required argument '{names[i]}' (pos {i + 1})")
    a, x, lo, hi = values
    if given[2]:
        if not isinstance(lo, int):
            raise TypeError(f"'{type(lo).__name__}' object cannot be interpreted as an integer")
    else:
        lo = 0
    if hi is not None and not isinstance(hi, int):
        raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'")
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        hi = len(a)
    return a, x, lo, hi, key


def _right(a, x, lo, hi, key):
    # Note, the comparison uses "<" to match the
    # __lt__() logic in list.sort() and in heapq.
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def _left(a, x, lo, hi, key):
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_right(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
    insert just after the rightmost x already there.
    """
    return _right(*_args('bisect_right', args, kwargs))


def bisect_left(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
    insert just before the leftmost x already there.
    """
    return _left(*_args('bisect_left', args, kwargs))


def insort_right(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.
    """
    a, x, lo, hi, key = _args('insort_right', args, kwargs)
    if key is None:
        lo = _right(a, x, lo, hi, None)
    else:
        lo = _right(a, key(x), lo, hi, key)
    a.insert(lo, x)


def insort_left(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.
    """
    a, x, lo, hi, key = _args('insort_left', args, kwargs)
    if key is None:
        lo = _left(a, x, lo, hi, None)
    else:
        lo = _left(a, key(x), lo, hi, key)
    a.insert(lo, x)


# Create aliases
bisect = bisect_right
insort = insort_right

# collections.Counter, namedtuple and OrderedDict, written in Python for the
# playground (module `_pgcollections`, loaded the first time a program reads
# one of them from `collections`): CPython 3.11's collections/__init__.py.
#
# The playground cannot subclass tuple or dict, so a named tuple keeps its
# values in a tuple (`_tuple`) and a Counter or an OrderedDict its items in a
# dict (`_d`), and each behaves as the built-in would: indexing, unpacking,
# len, comparisons and hashing as a tuple; item access, iteration,
# keys/values/items, get, pop... as a dict. What differs: isinstance(x, tuple)
# / isinstance(c, dict) are False, and the classes' __bases__ are (object,).

import _pg

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
])


################################################################################
### namedtuple
################################################################################

def _nt_new(cls, values):
    # tuple.__new__(cls, values): the fields are attributes too, for speed.
    self = object.__new__(cls)
    values = tuple(values)
    object.__setattr__(self, '_tuple', values)
    for name, value in zip(cls._fields, values):
        object.__setattr__(self, name, value)
    return self


def _as_tuple(v):
    # The tuple a comparison sees: a tuple, or a named tuple's values.
    if isinstance(v, tuple):
        return v
    if '_tuple' in getattr(type(v), '_nt_', ()):
        return v._tuple
    return None


def _nt_setattr(self, name, value):
    if name in type(self)._fields:
        raise AttributeError("can't set attribute")
    if not _has_dict(type(self)):
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
    object.__setattr__(self, name, value)


def _nt_delattr(self, name):
    if name in type(self)._fields:
        raise AttributeError("can't delete attribute")
    if not _has_dict(type(self)):
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
    object.__delattr__(self, name)


def _has_dict(cls):
    # A named tuple has no __dict__; a subclass has one unless it sets __slots__.
    for c in cls.__mro__:
        if c is not object and '__slots__' not in c.__dict__:
            return True
    return False


def _nt_repr(self):
    'Return a nicely formatted representation string'
    fields = ', '.join([f'{n}={v!r}' for n, v in zip(type(self)._fields, self._tuple)])
    return f'{self.__class__.__name__}({fields})'


def _nt_asdict(self):
    'Return a new dict which maps field names to their values.'
    return dict(zip(self._fields, self._tuple))


def _nt_replace(self, /, **kwds):
    values = [kwds.pop(name, value) for name, value in zip(self._fields, self._tuple)]
    result = self._make(values)
    if kwds:
        raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
    return result


def _nt_make(cls, iterable):
    result = tuple(iterable)
    if len(result) != len(cls._fields):
        raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(result)}')
    return _nt_new(cls, result)


def _nt_getnewargs(self):
    'Return self as a plain tuple.  Used by copy and pickle.'
    return self._tuple


def _nt_len(self):
    return len(self._tuple)


def _nt_iter(self):
    return iter(self._tuple)


def _nt_reversed(self):
    return reversed(self._tuple)


def _nt_getitem(self, i):
    return self._tuple[i]


def _nt_contains(self, x):
    return x in self._tuple


def _nt_hash(self):
    return hash(self._tuple)


def _nt_eq(self, other):
    o = _as_tuple(other)
    return NotImplemented if o is None else self._tuple == o


def _nt_ne(self, other):
    o = _as_tuple(other)
    return NotImplemented if o is None else self._tuple != o


def _nt_lt(self, other):
    o = _as_tuple(other)
    return NotImplemented if o is None else self._tuple < o


def _nt_le(self, other):
    o = _as_tuple(other)
    return NotImplemented if o is None else self._tuple <= o


def _nt_gt(self, other):
    o = _as_tuple(other)
    return NotImplemented if o is None else self._tuple > o


def _nt_ge(self, other):
    o = _as_tuple(other)
    return NotImplemented if o is None else self._tuple >= o


def _nt_add(self, other):
    o = _as_tuple(other)
    if o is None:
        raise TypeError(f'can only concatenate tuple (not "{type(other).__name__}") to tuple')
    return self._tuple + o


def _nt_radd(self, other):
    o = _as_tuple(other)
    return NotImplemented if o is None else o + self._tuple


def _nt_mul(self, n):
    return self._tuple * n


def _nt_count(self, value):
    return self._tuple.count(value)


def _nt_index(self, value, *args):
    return self._tuple.index(value, *args)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    # Validate the field names.  At the user's option, either generate an error
    # message or automatically replace the field name with a valid name.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                or name in _KEYWORDS
                or name.startswith('_')
                or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','

    # __new__ with the fields as its parameters (CPython evals a lambda).
    namespace = {'_nt_new': _nt_new, '_defaults': defaults}
    params = list(field_names)
    if defaults:
        first = num_fields - len(defaults)
        for i in range(first, num_fields):
            params[i] += f'=_defaults[{i - first}]'
    _pg.exec(f'def __new__(_cls, {", ".join(params)}):\n'
             f'    return _nt_new(_cls, ({arg_list}))\n', namespace)
    __new__ = namespace['__new__']
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    __new__.__qualname__ = f'{typename}.__new__'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_nt_make),
        '_replace': _nt_replace,
        '__repr__': _nt_repr,
        '_asdict': _nt_asdict,
        '__getnewargs__': _nt_getnewargs,
        '__match_args__': field_names,
        '_nt_': ('_tuple',),
        '__setattr__': _nt_setattr,
        '__delattr__': _nt_delattr,
        '__len__': _nt_len,
        '__iter__': _nt_iter,
        '__reversed__': _nt_reversed,
        '__getitem__': _nt_getitem,
        '__contains__': _nt_contains,
        '__eq__': _nt_eq,
        '__ne__': _nt_ne,
        '__lt__': _nt_lt,
        '__le__': _nt_le,
        '__gt__': _nt_gt,
        '__ge__': _nt_ge,
        '__hash__': _nt_hash,
        '__add__': _nt_add,
        '__radd__': _nt_radd,
        '__mul__': _nt_mul,
        '__rmul__': _nt_mul,
        'count': _nt_count,
        'index': _nt_index,
    }
    if module is None:
        module = '__main__'
    class_namespace['__module__'] = module
    return type(typename, (), class_namespace)


################################################################################
### Counter
################################################################################

def _is_mapping(v):
    return isinstance(v, (dict, Counter, OrderedDict))


class Counter:
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    '''
    __module__ = 'collections'

    def __init__(self, iterable=None, /, **kwds):
        object.__setattr__(self, '_d', {})
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    # The dict part.

    def __getitem__(self, key):
        d = self._d
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self._d:
            del self._d[elem]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __len__(self):
        return len(self._d)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def clear(self):
        self._d.clear()

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    # Counter's own.

    def total(self):
        'Sum of the counts'
        return sum(self._d.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        '''
        # heapq.nlargest(n, ...) is sorted(..., reverse=True)[:n].
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.'''
        for elem, count in self._d.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.'''
        if iterable is not None:
            d = self._d
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    d[elem] = count + d.get(elem, 0)
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.'''
        if iterable is not None:
            d = self._d
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    d[elem] = d.get(elem, 0) - count
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self._d),)

    def __repr__(self):
        if not self._d:
            return f'{self.__class__.__name__}()'
        try:
            # dict() preserves the ordering returned by most_common()
            d = dict(self.most_common())
        except TypeError:
            # handle case where values are not orderable
            d = dict(self._d)
        return f'{self.__class__.__name__}({d!r})'

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if isinstance(other, dict):
            return self._d == other
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if isinstance(other, dict):
            return self._d != other
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        '''Add counts from two counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        '''
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### OrderedDict
################################################################################

class _OrderedDictView:
    # odict_keys / odict_values / odict_items: live views of an OrderedDict.
    def __init__(self, od, kind):
        self._od = od
        self._kind = kind

    def _view(self):
        d = self._od._d
        return d.keys() if self._kind == 0 else d.values() if self._kind == 1 else d.items()

    def __iter__(self):
        return iter(self._view())

    def __reversed__(self):
        return reversed(list(self._view()))

    def __len__(self):
        return len(self._od._d)

    def __contains__(self, x):
        return x in self._view()

    def __eq__(self, other):
        if isinstance(other, _OrderedDictView):
            other = other._view()
        return self._view() == other

    def __repr__(self):
        return f'{type(self).__name__}({list(self._view())!r})'


class odict_keys(_OrderedDictView):
    __module__ = 'builtins'


class odict_values(_OrderedDictView):
    __module__ = 'builtins'


class odict_items(_OrderedDictView):
    __module__ = 'builtins'


class OrderedDict:
    'Dictionary that remembers insertion order'
    __module__ = 'collections'

    def __init__(self, other=(), /, **kwds):
        self._d = {}
        self.update(other, **kwds)

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __len__(self):
        return len(self._d)

    def keys(self):
        return odict_keys(self, 0)

    def values(self):
        return odict_values(self, 1)

    def items(self):
        return odict_items(self, 2)

    def get(self, key, default=None):
        return self._d.get(key, default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def clear(self):
        self._d.clear()

    def update(self, other=(), /, **kwds):
        if isinstance(other, OrderedDict):
            other = other._d
        self._d.update(other, **kwds)

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        '''
        if not self._d:
            raise KeyError('dictionary is empty')
        if last:
            return self._d.popitem()
        key = next(iter(self._d))
        return key, self._d.pop(key)

    def move_to_end(self, key, last=True):
        '''Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        '''
        d = self._d
        if key not in d:
            raise KeyError(key)
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            rest = list(d.items())
            d.clear()
            d[key] = value
            d.update(rest)

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''Create a new ordered dictionary with keys from iterable and values set to value.
        '''
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        'od.__repr__() <==> repr(od)'
        if not self._d:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(self._d.items()))

    def __reduce__(self):
        return self.__class__, (list(self._d.items()),)

    def __eq__(self, other):
        '''od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.
        '''
        if isinstance(other, OrderedDict):
            return self._d == other._d and list(self._d) == list(other._d)
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __or__(self, other):
        if not isinstance(other, (dict, OrderedDict)):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, OrderedDict)):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### ChainMap
################################################################################

class _MappingView:
    # collections.abc's KeysView / ItemsView / ValuesView of a ChainMap.
    __module__ = 'collections.abc'

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


class KeysView(_MappingView):
    __module__ = 'collections.abc'

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping

    def __eq__(self, other):
        return set(self) == set(other)


class ItemsView(_MappingView):
    __module__ = 'collections.abc'

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(_MappingView):
    __module__ = 'collections.abc'

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


def _is_chain_mapping(v):
    return isinstance(v, (dict, Counter, OrderedDict, ChainMap))


class ChainMap:
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    The underlying mappings are stored in a list.  That list is public and can
    be accessed or updated using the *maps* attribute.  There is no other
    state.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping.

    '''
    __module__ = 'collections'

    def __init__(self, *maps):
        '''Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.

        '''
        self.maps = list(maps) or [{}]          # always at least one map

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]             # can't use 'key in mapping' with defaultdict
            except KeyError:
                pass
        return self.__missing__(key)            # support subclasses that define __missing__

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))     # reuses stored hash values if possible

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))    # reuses stored hash values if possible
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):      # like Django's Context.push()
        '''New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        '''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):                          # like Django's Context.pop()
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_chain_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_chain_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

    # collections.abc.MutableMapping's mixin methods.

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_chain_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def setdefault(self, key, default=None):
        'D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D'
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        ''' D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.'''
        if _is_chain_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

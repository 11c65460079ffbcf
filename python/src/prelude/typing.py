# typing, written in Python for the playground (imported as `typing`, on first
# import only). Annotations of a module or class body are evaluated, as in
# CPython, so the special forms can be subscripted and print as CPython's
# (typing.List[int], typing.Optional[str], ~T); they check nothing.
# Generic[T] and Protocol are plain base classes; NamedTuple and TypedDict are
# base classes too (CPython's use a metaclass): a NamedTuple subclass becomes a
# collections.namedtuple in place (its __mro__ shows NamedTuple, not tuple), a
# TypedDict subclass makes dicts.

TYPE_CHECKING = False


def _type_repr(obj):
    # typing._type_repr
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None:
        return 'NoneType'
    if isinstance(obj, str):
        return f'ForwardRef({obj!r})'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _norm(arg):
    # None stands for NoneType in a union or a parameter list.
    return type(None) if arg is None else arg


class _Final:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Final):
    __module__ = 'typing'

    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwds):
        if self.__origin__ is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        raise TypeError(f"{self._name} cannot be instantiated")

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name == 'Union':
            args = []
            for p in params:
                p = _norm(p)
                if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
                    ps = p.__args__
                else:
                    ps = (p,)
                for q in ps:
                    if q not in args:
                        args.append(q)
            if len(args) == 1:
                return args[0]
            return _GenericAlias(self, tuple(args))
        if name == 'Optional':
            return Union[params[0], None]
        if name == 'Callable' and len(params) == 2:
            if isinstance(params[0], list):
                return _GenericAlias(self, tuple(params[0]) + (params[1],), callable_args=True)
            return _GenericAlias(self, (..., params[1]), callable_args=True)
        if name == 'Tuple' and params == ():
            return _GenericAlias(self, ((),))
        if name != 'Literal':
            params = tuple(_norm(p) for p in params)
        return _GenericAlias(self, params)


class _GenericAlias(_Final):
    __module__ = 'typing'

    def __init__(self, form, args, callable_args=False):
        self._form = form
        self._name = form._name
        self.__origin__ = form.__origin__ if form.__origin__ is not None else form
        self.__args__ = args
        self._callable = callable_args

    def __repr__(self):
        name = self._name
        args = self.__args__
        if name == 'Union':
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return f'typing.Optional[{_type_repr(other)}]'
        if name == 'Literal':
            return f"typing.Literal[{', '.join(repr(a) for a in args)}]"
        if self._callable:
            if args[0] is ...:
                return f'typing.Callable[..., {_type_repr(args[-1])}]'
            params = ', '.join(_type_repr(a) for a in args[:-1])
            return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'
        if name == 'Tuple' and args == ((),):
            return 'typing.Tuple[()]'
        return f"typing.{name}[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self._name in ('Union', 'Optional') and other._name in ('Union', 'Optional'):
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self._name in ('Union', 'Optional'):
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwds):
        return self._form(*args, **kwds)

    def __getitem__(self, params):
        return self._form[params]


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
TypeAlias = _SpecialForm('TypeAlias')
Callable = _SpecialForm('Callable')

List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
Text = str

Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
AsyncIterable = _SpecialForm('AsyncIterable')
AsyncIterator = _SpecialForm('AsyncIterator')
AsyncGenerator = _SpecialForm('AsyncGenerator')
Collection = _SpecialForm('Collection')
Container = _SpecialForm('Container')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Reversible = _SpecialForm('Reversible')
AbstractSet = _SpecialForm('AbstractSet')
MutableSet = _SpecialForm('MutableSet')
KeysView = _SpecialForm('KeysView')
ValuesView = _SpecialForm('ValuesView')
ItemsView = _SpecialForm('ItemsView')
ContextManager = _SpecialForm('ContextManager')
AsyncContextManager = _SpecialForm('AsyncContextManager')
Deque = _SpecialForm('Deque')
DefaultDict = _SpecialForm('DefaultDict')
OrderedDict = _SpecialForm('OrderedDict')
Counter = _SpecialForm('Counter')
ChainMap = _SpecialForm('ChainMap')
Pattern = _SpecialForm('Pattern')
Match = _SpecialForm('Match')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsAbs = _SpecialForm('SupportsAbs')
SupportsIndex = _SpecialForm('SupportsIndex')
SupportsRound = _SpecialForm('SupportsRound')


class TypeVar(_Final):
    __module__ = 'typing'

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    pass


class Generic:
    """Abstract base class for generic types (a plain base class here)."""
    __module__ = 'typing'

    def __class_getitem__(cls, params):
        # Generic[T] and Protocol[T] as bases: the class itself.
        if cls is Generic or cls is Protocol:
            return cls
        if not isinstance(params, tuple):
            params = (params,)
        return _ClassAlias(cls, params)


class _ClassAlias(_Final):
    # A user generic class subscripted: Stack[int].
    __module__ = 'typing'

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        return f"{_type_repr(self.__origin__)}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwds):
        return self.__origin__(*args, **kwds)


class Protocol(Generic):
    """Base class for protocol classes (a plain base class here)."""
    __module__ = 'typing'


def cast(typ, val):
    """Cast a value to a type (it returns the value unchanged)."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _ClassAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if tp._callable and tp.__args__[0] is not ...:
            return (list(tp.__args__[:-1]), tp.__args__[-1])
        return tp.__args__
    if isinstance(tp, _ClassAlias):
        return tp.__args__
    return ()


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""
    __module__ = 'typing'

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x


class NamedTuple:
    """Typed version of namedtuple: subclasses become named tuples."""
    __module__ = 'typing'
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            # NamedTuple('Name', [('field', type), ...])
            typename, fields = args[0], args[1] if len(args) > 1 else kwargs.get('fields', ())
            import _pgcollections
            names = [n for n, t in fields]
            nt = _pgcollections.namedtuple(typename, names)
            nt.__annotations__ = dict(fields)
            return nt
        return object.__new__(cls)

    def __init_subclass__(cls, **kwargs):
        import _pgcollections
        types = cls.__dict__.get('__annotations__', {})
        fields = list(types)
        defaults = []
        for name in fields:
            if name in cls.__dict__:
                defaults.append(cls.__dict__[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} "
                                f"cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(fields[:len(defaults)])}")
        nt = _pgcollections.namedtuple(cls.__name__, fields, defaults=defaults,
                                       module=cls.__module__)
        own = cls.__dict__
        for key, value in nt.__dict__.items():
            if key in ('__module__', '__qualname__', '__dict__', '__weakref__'):
                continue
            if key == '__doc__' and own.get('__doc__') is not None:
                continue
            if key in own and key not in fields and key not in ('__slots__', '__doc__'):
                continue
            if key == '__new__':
                value.__qualname__ = f'{cls.__qualname__}.__new__'
            setattr(cls, key, value)
        for name in fields:
            if name in own:
                delattr(cls, name)


class TypedDict:
    """A dict with typed keys: its instances are plain dicts."""
    __module__ = 'typing'

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            # TypedDict('Name', {'key': type, ...})
            typename, fields = args[0], args[1] if len(args) > 1 else {}
            return type(typename, (TypedDict,), {'__annotations__': dict(fields),
                                                 '__module__': '__main__'})
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        # `class Movie(TypedDict, total=False)` (CPython's metaclass keyword).
        super().__init_subclass__(**kwargs)
        cls.__total__ = total

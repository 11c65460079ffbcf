# contextvars for Async Playground: CPython 3.11's C `_contextvars` (Context,
# ContextVar, Token, copy_context) in Python, with its messages and reprs.
# A Context keeps its values in a dict (CPython: an immutable HAMT), so
# copy_context() copies it. The current context is the innermost
# Context.run() of this module, else the running asyncio task's (`_context`,
# which Task.__init__ sets to a copy of the current one, or its `context=`,
# once this module is loaded), else the base context. Not the same: callbacks
# of call_soon/call_later/add_done_callback run in the base context (CPython:
# in a copy of the one current when they were scheduled), and a task's
# context is not "entered" while the task runs.

import _pg

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()
_stack = []        # the contexts of the Context.run() calls under way


class Context:
    __module__ = '_contextvars'

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._entered = True
        _stack.append(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _stack.pop()
            self._entered = False

    def copy(self):
        ctx = Context()
        ctx._data = dict(self._data)
        return ctx

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None

    def __repr__(self):
        return f'<_contextvars.Context object at {id(self):#x}>'


_base = Context()


def _current():
    if _stack:
        return _stack[-1]
    if _pg.loaded('asyncio'):
        import asyncio
        loop = asyncio._running_loop
        if loop is not None:
            task = loop._current_task
            if task is not None:
                ctx = getattr(task, '_context', None)
                if ctx is not None:
                    return ctx
    return _base


def copy_context():
    return _current().copy()


class ContextVar:
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._data.get(self, _MISSING)
        ctx._data[self] = value
        return Token(ctx, self, Token.MISSING if old is _MISSING else old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'an instance of Token was expected, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        if token._old_value is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value

    @classmethod
    def __class_getitem__(cls, item):
        # `ContextVar[int]`: a types.GenericAlias.
        from _pgbuiltins import GenericAlias
        return GenericAlias(cls, item)

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    __module__ = '_contextvars'
    MISSING = _Missing()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'

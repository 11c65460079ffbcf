# asyncio for Async Playground: a compact port of CPython 3.11.7's asyncio
# (futures.py, tasks.py, base_events.py, events.py, runners.py, queues.py,
# locks.py, mixins.py, timeouts.py, taskgroups.py, exceptions.py), with the
# behaviour of the C `_asyncio` Future/Task that CPython uses by default
# (messages "Result is not set." / "invalid state", a Future's exception
# traceback handed out once, wake-ups that never run inside an except block).
# The clock and the selector are the driver's (`_pg.time`, `_pg.select`), as
# in the oracle tools/pyref.py: timers due at the same instant fire in
# registration order; nothing ready and no timer -> RuntimeError("deadlock...").
#
# Dropped: debug mode and source tracebacks, contextvars but for a task's own
# context (the prelude contextvars.py; `context=` of call_soon is ignored), logging of "Task was destroyed but it is pending!" and
# "... exception was never retrieved" (they depend on garbage collection),
# signal handling (Ctrl-C), executors and threads, sockets/pipes/subprocesses,
# streams, protocols and transports, event-loop policies (a minimal
# get/set/new_event_loop remains), weak task sets: the tasks are kept in
# creation order until done, so that all_tasks() is exact and
# asyncio.run()/TaskGroup/wait/as_completed work in creation order (CPython
# iterates sets, whose order follows memory addresses).
# Async generators are finalized through sys.set_asyncgen_hooks, and tracked
# in a weak set (the interpreter's `_pg.agens`, weakref.WeakSet on CPython);
# the set iterates in insertion order, where CPython's follows addresses.
# call_exception_handler's default handler prints a short report to stderr
# (CPython logs a full traceback through `logging`).
# Reprs: the oracle's loop and timer classes are VirtualLoop/SeqTimerHandle
# (module __main__, subclasses of the CPython classes); CPython's own callbacks
# show their source in CPython's files (_CPY). Each class has the __module__
# that CPython shows (asyncio.locks.Lock, _asyncio.Task, ...); the enum
# _BarrierState is a small class (the interpreter has no enum module).

__all__ = (
    'run', 'Runner', 'sleep', 'create_task', 'ensure_future', 'gather',
    'wait_for', 'wait', 'as_completed', 'shield', 'timeout', 'timeout_at',
    'Timeout', 'TaskGroup', 'current_task', 'all_tasks', 'get_running_loop',
    'get_event_loop', 'set_event_loop', 'new_event_loop', 'iscoroutine',
    'iscoroutinefunction', 'isfuture', 'Future', 'Task', 'Handle',
    'TimerHandle', 'AbstractEventLoop', 'BaseEventLoop', 'SelectorEventLoop',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'Queue',
    'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty', 'Lock', 'Event',
    'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier', 'CancelledError',
    'TimeoutError', 'InvalidStateError', 'BrokenBarrierError',
    'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError',
    'to_thread',
)

import _pg
import sys
from collections import deque
from heapq import heappush, heappop, heapify
try:
    from weakref import WeakSet as _WeakSet  # CPython (the check harness)
except ImportError:
    class _WeakSet:
        """loop._asyncgens: the interpreter's weak set of async generators."""
        def add(self, agen):
            _pg.agens('add', agen)

        def discard(self, agen):
            _pg.agens('discard', agen)

        def clear(self):
            _pg.agens('clear', None)

        def __len__(self):
            return len(_pg.agens('live', None))

        def __iter__(self):
            return iter(_pg.agens('live', None))

_event = _pg.event
_step_enter = _pg.step_enter      # None of these are in CPython: the shim's are
_step_yielded = _pg.step_yielded  # no-ops that leave all to the Python code
_set_asyncgen_hooks = getattr(sys, 'set_asyncgen_hooks', None)
_time = _pg.time
_select = _pg.select
iscoroutine = _pg.iscoroutine


def _functools():
    # functools when the program imported it (a partial can only come from
    # there), else None: asyncio alone does not load it.
    if _pg.loaded('functools'):
        import functools
        return functools
    return None


def _iscoroutinefunction(func):
    # inspect.iscoroutinefunction: CO_COROUTINE in the code flags of a
    # function (or of a bound method's function, or of a partial's).
    func = getattr(func, '__func__', func)
    functools = _functools()
    if functools is not None:
        while isinstance(func, functools.partial):
            func = func.func
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


iscoroutinefunction = getattr(_pg, 'iscoroutinefunction', _iscoroutinefunction)

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

MAXIMUM_SELECT_TIMEOUT = 24 * 3600
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# Where CPython's asyncio sources live in the oracle (shown by some reprs).
_CPY = '/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/'


# ---------------------------------------------------------------- exceptions

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError  # the builtin, as in 3.11


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    """Incomplete read error (partial: the bytes read; expected: the total)."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'


# ---------------------------------------------------------------- reprs

def _short(s, limit):
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + '...' + s[len(s) - j:]
    return s


def _rrepr(x, level=6):
    """reprlib.repr"""
    t = type(x)
    if t is str:
        s = repr(x[:30])
        if len(s) > 30:
            i = 13
            j = 14
            s = repr(x[:i] + x[len(x) - j:])
            s = s[:i] + '...' + s[len(s) - j:]
        return s
    if t is int:
        return _short(repr(x), 40)
    if t is list or t is tuple or t is set or t is frozenset or t is deque:
        n = len(x)
        if t is list:
            left, right = '[', ']'
        elif t is tuple:
            left, right = '(', ')'
        elif t is deque:
            left, right = 'deque([', '])'
        elif t is set:
            if not n:
                return 'set()'
            left, right = '{', '}'
        else:
            if not n:
                return 'frozenset()'
            left, right = 'frozenset({', '})'
        if t is set or t is frozenset:
            try:
                x = sorted(x)
            except Exception:
                x = list(x)
        if level <= 0 and n:
            s = '...'
        else:
            pieces = []
            for elem in x:
                if len(pieces) >= 6:
                    break
                pieces.append(_rrepr(elem, level - 1))
            if n > 6:
                pieces.append('...')
            s = ', '.join(pieces)
            if n == 1 and t is tuple:
                right = ',' + right
        return left + s + right
    if t is dict:
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{...}'
        try:
            keys = sorted(x)
        except Exception:
            keys = list(x)
        pieces = []
        for key in keys[:4]:
            pieces.append(_rrepr(key, level - 1) + ': ' + _rrepr(x[key], level - 1))
        if n > 4:
            pieces.append('...')
        return '{' + ', '.join(pieces) + '}'
    try:
        s = repr(x)
    except Exception:
        return f'<{type(x).__name__} instance at {hex(id(x))}>'
    return _short(s, 30)


_INTERNAL_SRC = {
    '_run_until_complete_cb': 'base_events.py:180',
    '_set_result_unless_cancelled': 'futures.py:311',
    '_release_waiter': 'tasks.py:431',
    '_wait.<locals>._on_completion': 'tasks.py:519',
    'as_completed.<locals>._on_timeout': 'tasks.py:596',
    'as_completed.<locals>._on_completion': 'tasks.py:602',
    'gather.<locals>._done_callback': 'tasks.py:764',
    'shield.<locals>._inner_done_callback': 'tasks.py:891',
    'shield.<locals>._outer_done_callback': 'tasks.py:908',
}


class _partial:
    """functools.partial, for the callbacks that CPython builds with it."""

    def __init__(self, func, *args):
        self.func = func
        self.args = args

    def __call__(self, *args):
        return self.func(*self.args, *args)


def _fpartial(func):
    # functools.partial (when the program imported functools), as CPython's
    # format_helpers sees it: (func, args, keywords), or None.
    if isinstance(func, _partial):
        return func.func, func.args, None
    functools = _functools()
    if functools is not None and isinstance(func, functools.partial):
        return func.func, func.args, func.keywords
    return None


def _func_source(func):
    while hasattr(func, '__wrapped__'):  # inspect.unwrap
        func = func.__wrapped__
    p = _fpartial(func)
    if p is not None:
        return _func_source(p[0])
    if type(func).__name__ != 'function':
        return None
    if getattr(func, '__module__', None) == __name__:
        src = _INTERNAL_SRC.get(getattr(func, '__qualname__', None))
        return _CPY + src if src else None
    code = getattr(func, '__code__', None)
    if code is None:
        return None
    return f'{code.co_filename}:{code.co_firstlineno}'


def _format_args(args, kwargs=None):
    items = [_rrepr(a) for a in (args or ())]
    if kwargs:
        items.extend([f'{k}={_rrepr(v)}' for k, v in kwargs.items()])
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, suffix='', kwargs=None):
    p = _fpartial(func)
    if p is not None:
        suffix = _format_args(args, kwargs) + suffix
        return _format_callback(p[0], p[1], suffix, p[2])
    name = getattr(func, '__name__', None)
    if isinstance(getattr(func, '__self__', None), Task) and name in ('__wakeup', '__step'):
        func_repr = 'Task.task_wakeup' if name == '__wakeup' else 'Task.task_step'
    else:
        func_repr = getattr(func, '__qualname__', None) or name or repr(func)
    return func_repr + _format_args(args, kwargs) + suffix


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args)
    source = _func_source(func)
    if source:
        func_repr += ' at ' + source
    return func_repr


def _format_callbacks(cb):
    size = len(cb)
    if size == 1:
        s = _format_callback_source(cb[0], ())
    elif size == 2:
        s = _format_callback_source(cb[0], ()) + ', ' + _format_callback_source(cb[1], ())
    else:
        s = (_format_callback_source(cb[0], ()) + f', <{size - 2} more>, ' +
             _format_callback_source(cb[-1], ()))
    return f'cb=[{s}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={_rrepr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


# Where CPython's own coroutines are (file, {line - first line here: line
# there}) for the reprs of tasks that run one (`create_task(q.get())`): the
# first line, and each `await` in order. Made by comparing the two sources'
# ASTs; the corpus program task_repr_asyncio_coroutines pins it.
_CORO_SRC = {
    'sleep': ('tasks.py', {0: 637, 3: 640, 10: 649}),
    'wait_for': ('tasks.py', {0: 436, 5: 452, 13: 460, 29: 476, 37: 485, 44: 495}),
    'wait': ('tasks.py', {0: 399, 16: 428}),
    'Queue.get': ('queues.py', {0: 149, 7: 158}),
    'Queue.put': ('queues.py', {0: 110, 7: 120}),
    'Queue.join': ('queues.py', {0: 206, 3: 215}),
    'Event.wait': ('locks.py', {0: 200, 9: 213}),
    'Lock.acquire': ('locks.py', {0: 93, 18: 114}),
    'Semaphore.acquire': ('locks.py', {0: 364, 17: 387}),
    'Condition.wait': ('locks.py', {0: 248, 11: 267, 21: 277}),
    'Condition.wait_for': ('locks.py', {0: 285, 4: 294}),
    'Barrier.wait': ('locks.py', {0: 481, 8: 489, 14: 495, 16: 497}),
    'as_completed.<locals>._wait_for_one': ('tasks.py', {0: 610, 1: 611}),
}


def _format_coroutine(coro, running):
    info = _pg.coro_info(coro)
    if info is None:
        name = getattr(coro, '__qualname__', None) or type(coro).__name__
        return f'{name}()'
    if info[0] in _CORO_SRC and info[1] == _format_coroutine.__code__.co_filename:
        where, lines = _CORO_SRC[info[0]]
        line = lines.get(info[2] - coro.cr_code.co_firstlineno)
        if line is not None:
            info = (info[0], _CPY + where, line)
    if running:
        return f'{info[0]}() running at {info[1]}:{info[2]}'
    return f'{info[0]}() done, defined at {info[1]}:{info[2]}'


# ---------------------------------------------------------------- loop lookup

_running_loop = None      # events._get_running_loop()
_current_loop = None      # the policy's loop (get_event_loop outside a loop)
_set_called = False


def _get_running_loop():
    return _running_loop


def get_running_loop():
    """Return the running event loop.  Raise a RuntimeError if there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """Return the running loop, or the current one (created on first use)."""
    loop = _running_loop
    if loop is not None:
        return loop
    if _current_loop is None and not _set_called:
        set_event_loop(new_event_loop())
    if _current_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _current_loop


_get_event_loop = get_event_loop


def set_event_loop(loop):
    global _current_loop, _set_called
    _set_called = True
    _current_loop = loop


def new_event_loop():
    return VirtualLoop()


def isfuture(obj):
    """Check for a Future (or an object advertising itself as one)."""
    return (hasattr(type(obj), '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


# ---------------------------------------------------------------- handles

class Handle:
    """Object returned by callback registration methods."""
    __module__ = 'asyncio.events'

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._callback_failed(self, exc)


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""
    __module__ = 'asyncio.events'

    def __init__(self, when, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = Handle._repr_info(self)
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def cancel(self):
        if not self._cancelled:
            if self._scheduled:
                self._loop._timer_cancelled_count += 1
            self._cancelled = True
            self._callback = None
            self._args = None

    def when(self):
        return self._when


class SeqTimerHandle(TimerHandle):
    """The oracle's timer class (tools/pyref.py): call_at() and sleep() make
    one; timers due at the same instant fire in registration order."""
    __module__ = '__main__'


# ---------------------------------------------------------------- futures

def _class_getitem(cls, item):
    # `asyncio.Queue[int]`: a types.GenericAlias.
    from _pgbuiltins import GenericAlias
    return GenericAlias(cls, item)


class Future:
    """A Future (asyncio.futures.Future, as the C _asyncio.Future behaves)."""
    __module__ = '_asyncio'
    __class_getitem__ = classmethod(_class_getitem)

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = _get_event_loop()
        self._loop = loop
        self._callbacks = []
        self._state = _PENDING  # on the instance: natives find it there first

    def __repr__(self):
        return f'<{type(self).__name__} ' + ' '.join(_future_repr_info(self)) + '>'

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        ready = loop._ready
        for callback in callbacks:
            ready.append(Handle(callback, (self,), loop))

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        state = self._state
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        exc = self._exception
        if exc is not None:
            tb = self._exception_tb
            self._exception_tb = None
            raise exc.with_traceback(tb)
        return self._result

    def exception(self):
        state = self._state
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        callbacks = self._callbacks
        filtered = [f for f in callbacks if f != fn]
        removed = len(callbacks) - len(filtered)
        if removed:
            self._callbacks = filtered
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self._log_traceback = True
        _pg.watch_unretrieved(self)

    def __await__(self):
        # C asyncio's FutureIter: the future again for each task that resumes
        # the awaiting coroutine while it is pending (the task clears the flag).
        while self._state == _PENDING:
            if self._asyncio_future_blocking:
                raise RuntimeError("await wasn't used with future")
            self._asyncio_future_blocking = True
            yield self  # This tells Task to wait for completion.
        # C asyncio's FutureIter: Future's own result(), not a subclass's.
        return Future.result(self)  # May raise too.

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut._state == _CANCELLED:
        return
    fut.set_result(result)


# ---------------------------------------------------------------- tasks

_task_name_counter = 0
_all_tasks = {}          # not-done tasks, in creation order


def current_task(loop=None):
    """Return a currently executed task."""
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    """Return a set of all tasks for the loop."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and t._state == _PENDING}


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


class Task(Future):
    """A coroutine wrapped in a Future."""
    __module__ = '_asyncio'

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        if loop is None:
            loop = _get_event_loop()
        self._loop = loop
        self._callbacks = []
        self._state = _PENDING  # on the instance: natives find it there first
        if type(coro).__name__ in ('async_generator_asend', 'async_generator_athrow'):
            # C asyncio steps anext()'s awaitable as a coroutine.
            coro = _wrap_awaitable(coro)
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            global _task_name_counter
            _task_name_counter += 1
            self._name = f'Task-{_task_name_counter}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        if _pg.loaded('contextvars'):
            # The task's context (the native __init__ leaves this to the
            # Python one once the program imported contextvars).
            import contextvars
            self._context = contextvars.copy_context() if context is None else context
        loop.call_soon(self.__step)
        _all_tasks[self] = None
        _event("created", self, self._name)

    def __repr__(self):
        info = _future_repr_info(self)
        pending = self._state == _PENDING
        if self._num_cancels_requested and pending:
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{_format_coroutine(self._coro, pending)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return f'<{type(self).__name__} ' + ' '.join(info) + '>'

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)
        _event("renamed", self, self._name)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        """Request that this task cancel itself (see CPython's Task.cancel)."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # Leave self._fut_waiter; it may be a Task that
                # catches and ignores the cancellation.
                return True
        # It must be the case that self.__step is already scheduled.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        # The interpreter runs this method natively (`_pg.task_natives`,
        # python/src/taskstep.rs) on the helpers below; this is the definition.
        if exc is None and _step_enter(self):
            pass  # the interpreter's fast path did the common case of _step_begin
        else:
            exc = _step_begin(self, exc)
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except BaseException as e:
            if _step_raised(self, e):
                raise
        else:
            if not _step_yielded(self, result, Handle):
                _step_yield(self, result)

    def __wakeup(self, future):
        _event("woken", self)
        _wakeup(self, future)


def _step_begin(task, exc):
    """Task.__step's start: the checks, a cancellation asked for, the loop's
    current task. Returns the exception to throw into the coroutine."""
    if task._state != _PENDING:
        raise InvalidStateError(f'_step(): already done: {task!r}, {exc!r}')
    if task._must_cancel:
        if not isinstance(exc, CancelledError):
            exc = task._make_cancelled_error()
        task._must_cancel = False
    task._fut_waiter = None
    loop = task._loop
    if loop._current_task is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {loop._current_task!r} is being executed.")
    loop._current_task = task
    _event("step_start", task)
    return exc


def _step_raised(task, e):
    """Task.__step when the coroutine raised `e` (StopIteration: it returned).
    True when `e` is to be raised again (KeyboardInterrupt, SystemExit)."""
    task._loop._current_task = None
    _event("step_end", task)
    del _all_tasks[task]
    if isinstance(e, StopIteration):
        if task._must_cancel:
            # Task is cancelled right before coro stops.
            task._must_cancel = False
            Future.cancel(task, msg=task._cancel_message)
            _event("cancelled", task)
        else:
            Future.set_result(task, e.value)
            _event("finished", task)
    elif isinstance(e, CancelledError):
        task._cancelled_exc = e  # Saved for later chaining.
        Future.cancel(task)
        _event("cancelled", task)
    else:
        Future.set_exception(task, e)
        _event("finished", task)
        return isinstance(e, (KeyboardInterrupt, SystemExit))
    return False


def _step_yield(task, result):
    """Task.__step when the coroutine yielded `result` (what _step_yielded
    left: an uncommon yield, or the CPython shim)."""
    loop = task._loop
    loop._current_task = None
    if result is None:
        # Bare yield relinquishes control for one event loop iteration.
        loop._ready.append(Handle(task._Task__step, (), loop))
        _event("suspended", task, None)
        _event("step_end", task)
        return
    blocking = getattr(result, '_asyncio_future_blocking', None)
    if blocking is not None:
        # Yielded Future must come from Future.__await__().
        if result._loop is not loop:
            new_exc = RuntimeError(f'Task {task!r} got Future {result!r} '
                                   f'attached to a different loop')
            loop._ready.append(Handle(task._Task__step, (new_exc,), loop))
        elif blocking:
            if result is task:
                new_exc = RuntimeError(f'Task cannot await on itself: {task!r}')
                loop._ready.append(Handle(task._Task__step, (new_exc,), loop))
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(task._Task__wakeup)
                task._fut_waiter = result
                _event("suspended", task, result)
                if task._must_cancel:
                    if result.cancel(msg=task._cancel_message):
                        task._must_cancel = False
        else:
            new_exc = RuntimeError(f'yield was used instead of yield from '
                                   f'in task {task!r} with {result!r}')
            loop._ready.append(Handle(task._Task__step, (new_exc,), loop))
    elif type(result).__name__ == 'generator':
        new_exc = RuntimeError(f'yield was used instead of yield from for '
                               f'generator in task {task!r} with {result!r}')
        loop._ready.append(Handle(task._Task__step, (new_exc,), loop))
    else:
        new_exc = RuntimeError(f'Task got bad yield: {result!r}')
        loop._ready.append(Handle(task._Task__step, (new_exc,), loop))
    _event("step_end", task)


def _wakeup(task, future):
    """Task.__wakeup after its event: step the task with the future's outcome."""
    t = type(future)
    if t is Future or t is Task:
        # The C fast path: no result() call, no exception raised here.
        state = future._state
        if state == _FINISHED:
            exc = future._exception
            if exc is None:
                task._Task__step()
            else:
                future._log_traceback = False
                tb = future._exception_tb
                future._exception_tb = None
                task._Task__step(exc.with_traceback(tb))
        else:
            task._Task__step(future._make_cancelled_error())
        return
    try:
        future.result()
    except BaseException as e:
        exc = e
    else:
        exc = None
    # Step outside the except block: nothing may chain to this exception.
    task._Task__step(exc)


def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine object in a spawn task."""
    loop = get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


class _Sleep0:
    """tasks.__sleep0: a bare yield, one event loop iteration."""

    def __await__(self):
        yield


_sleep0 = _Sleep0()


_NO_THREADS = ("{} is not supported in the playground: it runs a function in "
               "another thread, and a playground program has one thread (the "
               "threads lesson simulates them)")


async def to_thread(func, /, *args, **kwargs):
    raise NotImplementedError(_NO_THREADS.format("asyncio.to_thread()"))


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _sleep0
        return result
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    future, h = _sleep_timer(loop, delay, result)
    try:
        return await future
    finally:
        h.cancel()


def _sleep_timer(loop, delay, result):
    """sleep()'s future and its timer: loop.call_later(delay,
    _set_result_unless_cancelled, future, result), as the oracle's
    SeqTimerHandle (the interpreter does this natively)."""
    future = Future(loop=loop)
    when = _time() + delay
    h = SeqTimerHandle(when, _set_result_unless_cancelled, (future, result), loop)
    loop._seq += 1
    heappush(loop._scheduled, (when, loop._seq, h))
    h._scheduled = True
    future._pg_wait = ("sleep", when)
    return future, h


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a future."""
    return _ensure_future(coro_or_future, loop)


def _ensure_future(coro_or_future, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    called_wrap_awaitable = False
    if not iscoroutine(coro_or_future):
        if hasattr(coro_or_future, '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture(Future):
    """Helper for gather(): cancel() cancels the children."""
    __module__ = 'asyncio.tasks'

    def __init__(self, children, *, loop):
        self._loop = loop
        self._callbacks = []
        self._state = _PENDING  # on the instance: natives find it there first
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # If any child tasks were actually cancelled, we should
            # propagate the cancellation request regardless of
            # *return_exceptions* argument.  See issue 32684.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Return a future aggregating results from the given coroutines/futures."""
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer._state != _PENDING:
            if fut._state != _CANCELLED:
                # Mark exception retrieved.
                fut.exception()
            return

        if not return_exceptions:
            if fut._state == _CANCELLED:
                # Check if 'fut' is cancelled first, as 'fut.exception()'
                # will *raise* a CancelledError instead of returning it.
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return

        if nfinished == nfuts:
            # All futures are done; create a list of results
            # and set it to the 'outer' future.
            results = _gather_results(children)

            if outer._cancel_requested:
                # If gather is being cancelled we must propagate the
                # cancellation regardless of *return_exceptions* argument.
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    outer = None  # bpo-46672
    loop, nfuts = _gather_children(coros_or_futures, arg_to_fut, children, _done_callback)
    outer = _GatheringFuture(children, loop=loop)
    outer._pg_wait = ("gather", len(children))
    return outer


def _gather_children(coros_or_futures, arg_to_fut, children, done_callback):
    """gather()'s loop over its arguments (the interpreter runs it natively
    for coroutines): each made a future once, called back when done.
    Returns the loop and the number of distinct futures."""
    loop = None
    nfuts = 0
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop)
            if loop is None:
                loop = fut._loop
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(done_callback)
        else:
            # There's a duplicate Future object in coros_or_futures.
            fut = arg_to_fut[arg]
        children.append(fut)
    return loop, nfuts


def _gather_results(children):
    """gather()'s results, once every child is done (natively for children
    finished with a result or an exception)."""
    results = []
    for fut in children:
        if fut._state == _CANCELLED:
            res = CancelledError(
                '' if fut._cancel_message is None else fut._cancel_message)
        else:
            res = fut.exception()
            if res is None:
                res = fut._result
        results.append(res)
    return results


def shield(arg):
    """Wait for a future, shielding it from cancellation."""
    inner = _ensure_future(arg)
    if inner.done():
        # Shortcut.
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                # Mark inner's result as retrieved.
                inner.exception()
            return

        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks given by fs to complete."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    fs = _unique(fs)  # set(fs), in a reproducible order

    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")

    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _unique(items):
    seen = {}
    for x in items:
        seen[x] = None
    return list(seen)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Wait for the single Future or coroutine to complete, with timeout."""
    loop = get_running_loop()

    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = _ensure_future(fut, loop)

        if fut.done():
            return fut.result()

        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _partial(_release_waiter, waiter)

    fut = _ensure_future(fut, loop)
    fut.add_done_callback(cb)

    try:
        # wait until the future completes or the timeout
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                # We must ensure that the task is not running
                # after wait_for() returns.
                await _cancel_and_wait(fut, loop)
                raise

        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop)
            # In case task cancellation failed with some
            # exception, we should re-raise it
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    """Internal helper for wait()."""
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
            return_when == FIRST_COMPLETED or
            return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    """Cancel the *fut* future or task and wait until it completes."""
    waiter = loop.create_future()
    cb = _partial(_release_waiter, waiter)
    fut.add_done_callback(cb)

    try:
        fut.cancel()
        # We cannot wait on *fut* directly to make
        # sure _cancel_and_wait itself is reliably cancellable.
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """Return an iterator whose values are coroutines (see CPython)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    done = Queue()

    loop = _get_event_loop()
    todo = {}   # an ordered set
    for f in _unique(fs):
        todo[_ensure_future(f, loop)] = None
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # Queue a dummy value for _wait_for_one().
        todo.clear()  # Can't do todo.remove(f) in the loop.

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() was here first.
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            # Dummy value from _on_timeout().
            raise TimeoutError
        return f.result()  # May raise f.exception().

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ---------------------------------------------------------------- event loop

def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # Issue #22429: run_forever() already finished, no need to
            # stop it.
            return
    fut._loop.stop()


class AbstractEventLoop:
    """Abstract event loop."""
    __module__ = 'asyncio.events'


async def _aclose(agen):
    # CPython's tasks run agen.aclose() (an async_generator_athrow) itself; the
    # interpreter's run coroutines, so this one awaits it (no loop iteration
    # more: await delegates at once).
    await agen.aclose()


class BaseEventLoop(AbstractEventLoop):
    """The selector event loop, on the driver's clock (see _run_once)."""
    __module__ = 'asyncio.base_events'
    # Instance attributes in CPython (only debug mode reads the first): here
    # on the class, so a usual loop's instance has neither (fastasync.rs'
    # usual_loop looks for a task factory on the instance).
    slow_callback_duration = 0.1
    _task_factory = None

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = deque()
        self._scheduled = []   # heap of (when, seq, TimerHandle)
        self._seq = 0
        self._running = False
        self._clock_resolution = 1e-9
        self._exception_handler = None
        self._current_task = None
        # Async generators being iterated, if the interpreter offers the hooks
        # (sys.set_asyncgen_hooks) and weak sets.
        self._asyncgens = _WeakSet() if _WeakSet is not None else None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug=False>')

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        factory = self._task_factory
        if factory is None:
            if context is None:
                return Task(coro, loop=self, name=name)
            return Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = factory(self, coro)
        else:
            task = factory(self, coro, context=context)
        _set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _asyncgen_finalizer_hook(self, agen):
        if self._asyncgens is not None:
            self._asyncgens.discard(agen)
        if not self._closed:
            self.call_soon(self.create_task, _aclose(agen))  # call_soon_threadsafe

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens is not None:
            self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True

        if not self._asyncgens:
            # No asynchronous generators alive (or none tracked).
            return

        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()

        results = await gather(
            *[_aclose(ag) for ag in closing_agens],
            return_exceptions=True)

        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        """Schedule the shutdown of the default executor (there is none)."""
        self._executor_shutdown_called = True

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        global _running_loop
        self._check_closed()
        self._check_running()
        hooks = _set_asyncgen_hooks is not None
        if hooks:
            old_agen_hooks = sys.get_asyncgen_hooks()
        try:
            self._running = True
            if hooks:
                _set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                    finalizer=self._asyncgen_finalizer_hook)
            _running_loop = self
            _event("loop_start", self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            _event("loop_stop", self)
            self._stopping = False
            self._running = False
            _running_loop = None
            if hooks:
                _set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until the Future is done; return its result or raise."""
        self._check_closed()
        self._check_running()

        new_task = not isfuture(future)
        future = _ensure_future(future, self)
        if new_task:
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException. Consume the exception
                # to not log a warning, the caller doesn't have access to the
                # local task.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')

        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled = []
        self._executor_shutdown_called = True

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        return _time()

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(_time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        if self._closed:
            raise RuntimeError('Event loop is closed')
        timer = SeqTimerHandle(when, callback, args, self)
        self._seq += 1
        heappush(self._scheduled, (when, self._seq, timer))
        timer._scheduled = True
        return timer

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError(_NO_THREADS.format("loop.run_in_executor()"))

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        # The playground has one thread: as call_soon (CPython also wakes
        # the selector, which the virtual clock does not need).
        if self._closed:
            raise RuntimeError('Event loop is closed')
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def _run_once(self):
        """Run one full iteration of the event loop (the interpreter runs
        it natively: python/src/taskstep.rs)."""
        scheduled = self._scheduled
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            scheduled = _sweep_timers(self)
        else:
            # Remove delayed calls that were cancelled from head of queue.
            while scheduled and scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                heappop(scheduled)[2]._scheduled = False

        ready = self._ready
        if not ready and not self._stopping:
            if not scheduled:
                # The oracle's selector, on select(None).
                raise RuntimeError("deadlock: nothing ready and no timer pending")
            # Compute the desired timeout.
            timeout = scheduled[0][0] - _time()
            if timeout > 0:
                if timeout > MAXIMUM_SELECT_TIMEOUT:
                    timeout = MAXIMUM_SELECT_TIMEOUT
                _select(timeout)

        # Handle 'later' callbacks that are ready.
        if scheduled:
            end_time = _time() + self._clock_resolution
            while scheduled:
                if scheduled[0][0] >= end_time:
                    break
                handle = heappop(scheduled)[2]
                handle._scheduled = False
                ready.append(handle)

        # Run all currently ready callbacks, but not those they schedule.
        ntodo = len(ready)
        _event("iteration", ntodo)
        popleft = ready.popleft
        for i in range(ntodo):
            handle = popleft()
            if handle._cancelled:
                continue
            try:
                handle._callback(*handle._args)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._callback_failed(handle, exc)
        _event("iteration_end", self)

    def _callback_failed(self, handle, exc):
        cb = _format_callback_source(handle._callback, handle._args)
        self.call_exception_handler({
            'message': f'Exception in callback {cb}',
            'exception': exc,
            'handle': handle,
        })

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        logger = _logger()
        if logger is not None:
            # The program imported logging: through asyncio's logger, as CPython.
            exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
            _log(logger, 40, 'base_events', 1771, 'default_exception_handler',
                 '\n'.join(lines), exc_info)
            return
        if exc is not None:
            # logging's exc_info: the traceback (the program's own frames).
            tb = _pg.format_exception(exc)
            if 'handle' in context and message.startswith('Exception in callback '):
                tb = _with_run_frame(tb)
            lines.append(tb.rstrip('\n'))
        sys.stderr.write('\n'.join(lines) + '\n')

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass


def _with_run_frame(tb):
    """A callback's traceback as CPython's: it starts in Handle._run (its
    `events.py` frame: the last exception of a chain went through it)."""
    head = 'Traceback (most recent call last):\n'
    frame = (f'  File "{_CPY}events.py", line 80, in _run\n'
             '    self._context.run(self._callback, *self._args)\n')
    start = 0
    for sep in ('\nDuring handling of the above exception, another exception occurred:\n\n',
                '\nThe above exception was the direct cause of the following exception:\n\n'):
        i = tb.rfind(sep)
        if i >= 0 and i + len(sep) > start:
            start = i + len(sep)
    last = tb[start:]
    if last.startswith(head):
        last = head + frame + last[len(head):]
    else:
        last = head + frame + last
    return tb[:start] + last


def _sweep_timers(loop):
    """_run_once: removes the cancelled timers when there are too many of them."""
    new_scheduled = []
    for entry in loop._scheduled:
        if entry[2]._cancelled:
            entry[2]._scheduled = False
        else:
            new_scheduled.append(entry)
    heapify(new_scheduled)
    loop._scheduled = new_scheduled
    loop._timer_cancelled_count = 0
    return new_scheduled


class BaseSelectorEventLoop(BaseEventLoop):
    """Selector event loop."""
    __module__ = 'asyncio.selector_events'

    def __init__(self):
        super().__init__()
        logger = _logger()
        if logger is not None:
            # The oracle's selector class is pyref's VirtualSelector.
            _log(logger, 10, 'selector_events', 54, '__init__',
                 'Using selector: %s', None, ('VirtualSelector',))


def _logger():
    # asyncio's logger (asyncio.log), once the program has imported logging:
    # CPython's asyncio always logs through it; with logging not configured,
    # its last resort prints what default_exception_handler prints itself.
    if not _pg.loaded('logging'):
        return None
    import logging
    return logging.getLogger('asyncio')


def _log(logger, level, module, lineno, func, msg, exc_info, args=()):
    # logger.log(level, msg, *args, exc_info=exc_info) from CPython's asyncio
    # source line (module.py:lineno in func).
    if logger.isEnabledFor(level):
        path = f'/usr/lib/python3.11/asyncio/{module}.py'
        logger.handle(logger.makeRecord(logger.name, level, path, lineno, msg, args,
                                        exc_info, func))


class _UnixSelectorEventLoop(BaseSelectorEventLoop):
    """Unix event loop."""
    __module__ = 'asyncio.unix_events'


SelectorEventLoop = _UnixSelectorEventLoop


class VirtualLoop(SelectorEventLoop):
    """The oracle's loop class (tools/pyref.py): new_event_loop() makes one."""
    __module__ = '__main__'

# The interpreter's native fast paths of the hottest methods (CPython's C
# _asyncio does the same for futures.py); each falls back to the method above.
def _log_unretrieved(fut):
    # Future.__del__ (futures.py): a future freed with an exception nobody
    # retrieved is logged through its loop's exception handler.
    exc = fut._exception
    if exc is None:
        return
    context = {
        'message': f'{fut.__class__.__name__} exception was never retrieved',
        'exception': exc,
        'future': fut,
    }
    fut._loop.call_exception_handler(context)


_pg.on_unretrieved(_log_unretrieved)
_pg.fast_paths(Future, Handle, BaseEventLoop, TimerHandle)
_gather_children, _gather_results = _pg.gather_natives(
    _gather_children, _gather_results, Task, Future, BaseEventLoop)
_sleep_timer = _pg.sleep_timer(_sleep_timer, Future, SeqTimerHandle,
                               _set_result_unless_cancelled, heappush)
_pg.twins(_set_result_unless_cancelled, gather, sleep)
_pg.task_natives(Task, Future, Handle, _all_tasks, _step_begin, _step_raised, _step_yield,
                 _wakeup)
_pg.loop_natives(BaseEventLoop, heappop, _sweep_timers, _MIN_SCHEDULED_TIMER_HANDLES,
                 _MIN_CANCELLED_TIMER_HANDLES_FRACTION, MAXIMUM_SELECT_TIMEOUT)
DefaultEventLoopPolicy = None


# ---------------------------------------------------------------- runners

class Runner:
    """A context manager that controls event loop life cycle."""
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False
        self._context = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shutdown and close event loop."""
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            _event("quiet", True)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            _event("quiet", False)
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine inside the embedded event loop."""
        if not iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if _running_loop is not None:
            # fail fast with short traceback
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if _pg.loaded('contextvars'):
            # The runs share one context (a program without contextvars
            # cannot tell).
            import contextvars
            self._context = contextvars.copy_context()
        self._state = 'initialized'


def run(main, *, debug=None):
    """Execute the coroutine and return the result."""
    if _running_loop is not None:
        # fail fast with short traceback
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    runner = Runner(debug=debug)   # with Runner(debug=debug) as runner:
    runner._lazy_init()
    _event("run", True)
    try:
        result = runner.run(main)
    except BaseException:
        runner.close()
        _event("run", False)
        raise
    runner.close()
    _event("run", False)
    return result


def _cancel_all_tasks(loop):
    to_cancel = [t for t in _all_tasks if t._loop is loop and t._state == _PENDING]
    if not to_cancel:
        return

    for task in to_cancel:
        coro = task._coro
        if (getattr(coro, 'cr_code', None) is _aclose.__code__
                and coro.cr_frame is not None and not coro.cr_suspended):
            # An async generator's aclose() not begun: C asyncio throws the
            # cancellation into the generator itself (its finally runs); here
            # the task runs aclose().
            continue
        task.cancel()

    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))

    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# ---------------------------------------------------------------- timeouts

class Timeout:
    """Asynchronous context manager for cancelling overdue coroutines."""
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")

        self._when = when

        if self._timeout_handler is not None:
            self._timeout_handler.cancel()

        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Is timeout expired during execution?"""
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ['']
        if self._state == 'active':
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state}]{info_str}>"

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 'active'
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in ('active', 'expiring')

        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

        if self._state == 'expiring':
            self._state = 'expired'

            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                # Since there are no new cancel requests, we're
                # handling this.
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'

        return None

    def _on_timeout(self):
        assert self._state == 'active'
        self._task.cancel()
        self._state = 'expiring'
        # drop the reference early
        self._timeout_handler = None


def timeout(delay):
    """Timeout async context manager (delay in seconds, or None)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Schedule the timeout at absolute time (loop.time() clock)."""
    return Timeout(when)


# ---------------------------------------------------------------- task groups

class TaskGroup:
    """Asynchronous context manager for managing groups of tasks."""
    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}   # an ordered set
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')

        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(
                f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(
                f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True

        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True

        if (exc is not None and
                self._is_base_error(exc) and
                self._base_error is None):
            self._base_error = exc

        propagate_cancellation_error = \
            exc if et is CancelledError else None
        if self._parent_cancel_requested:
            # If this flag is set we *must* call uncancel().
            if self._parent_task.uncancel() == 0:
                # If there are no pending cancellations left,
                # don't propagate CancelledError.
                propagate_cancellation_error = None

        if et is not None:
            if not self._aborting:
                # Our parent task is being cancelled, or there's an
                # exception in "async with".
                self._abort()

        # We use while-loop here because "self._on_completed_fut"
        # can be cancelled multiple times if our parent task
        # is being cancelled repeatedly (or even once, when
        # our own cancellation is already in progress)
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()

            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    # Our parent task is being cancelled while the
                    # children are still running.
                    propagate_cancellation_error = ex
                    self._abort()

            self._on_completed_fut = None

        assert not self._tasks

        if self._base_error is not None:
            raise self._base_error

        # Propagate CancelledError if there is one, except if there
        # are other errors -- those have priority.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error

        if et is not None and et is not CancelledError:
            self._errors.append(exc)

        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        """Create a new task in this group and return it."""
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        _set_task_name(task, name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True

        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)

        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return

        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return

        if not self._aborting and not self._parent_cancel_requested:
            # Cancel the parent to abort what runs in the body; __aexit__
            # uncancels it.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---------------------------------------------------------------- mixins

class _LoopBoundMixin:
    __module__ = 'asyncio.mixins'
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


# Natives for the common case of these three (each falls back to its code).
_pg.loop_twins(get_running_loop, _LoopBoundMixin._get_loop,
               BaseEventLoop.create_future, Future.__init__)


# ---------------------------------------------------------------- queues

class Queue(_LoopBoundMixin):
    """A queue, useful for coordinating producer and consumer coroutines."""
    __class_getitem__ = classmethod(_class_getitem)
    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        _event("queue", self)
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # These three are overridable in subclasses.

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    # End of the overridable methods.

    def _wakeup_next(self, waiters):
        # Wake up the next waiter (if any) that isn't cancelled.
        while waiters:
            waiter = waiters.popleft()
            if waiter._state == _PENDING:
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {hex(id(self))} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        else:
            return len(self._queue) >= self._maxsize

    async def put(self, item):
        """Put an item into the queue, waiting while it is full."""
        while self.full():
            putter = self._get_loop().create_future()
            putter._pg_wait = ("queue_put", self)
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()  # Just in case putter is not done yet.
                try:
                    # Clean self._putters from canceled putters.
                    self._putters.remove(putter)
                except ValueError:
                    # The putter could be removed from self._putters by a
                    # previous get_nowait call.
                    pass
                if not self.full() and not putter.cancelled():
                    # We were woken up by get_nowait(), but can't take
                    # the call.  Wake up the next in line.
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        _event("queue_size", self, len(self._queue))
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item from the queue, waiting while empty."""
        while not self._queue:
            getter = self._get_loop().create_future()
            getter._pg_wait = ("queue_get", self)
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()  # Just in case getter is not done yet.
                try:
                    # Clean self._getters from canceled getters.
                    self._getters.remove(getter)
                except ValueError:
                    # The getter could be removed from self._getters by a
                    # previous put_nowait call.
                    pass
                if not self.empty() and not getter.cancelled():
                    # We were woken up by put_nowait(), but can't take
                    # the call.  Wake up the next in line.
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if not self._queue:
            raise QueueEmpty
        item = self._get()
        _event("queue_size", self, len(self._queue))
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Block until all items in the queue have been gotten and processed."""
        if self._unfinished_tasks > 0:
            await self._finished.wait(("queue_join", self))


class PriorityQueue(Queue):
    """A subclass of Queue; retrieves entries in priority order (lowest first)."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heappush(self._queue, item)

    def _get(self):
        return heappop(self._queue)


class LifoQueue(Queue):
    """A subclass of Queue that retrieves most recently added entries first."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# ---------------------------------------------------------------- locks

def _object_repr(res, extra):
    # f'<{res[1:-1]} [{extra}]>' of each lock's __repr__ (res: super().__repr__())
    return f'<{res[1:-1]} [{extra}]>'


class _ContextManagerMixin:
    __module__ = 'asyncio.locks'

    async def __aenter__(self):
        await self.acquire()
        # We have no use for the "as ..."  clause in the with
        # statement for locks.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """Primitive lock objects."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _object_repr(super().__repr__(), extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        """Acquire a lock, waiting until it is unlocked."""
        if (not self._locked and (self._waiters is None or
                all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True

        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        fut._pg_wait = ("lock", self)
        self._waiters.append(fut)

        # Finally block should be called before the CancelledError
        # handling as we don't want CancelledError to call
        # _wake_up_first() and attempt to wake up itself.
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        """Wake up the first waiter if it isn't done."""
        if not self._waiters:
            return
        for fut in self._waiters:
            break
        # .done() necessarily means that a waiter will wake up later on and
        # either take the lock, or, if it was cancelled and lock wasn't
        # taken already, will hit this again and wake up a new waiter.
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """Asynchronous equivalent to threading.Event."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _object_repr(super().__repr__(), extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True

            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self, _pg_wait=None):
        """Block until the internal flag is true."""
        if self._value:
            return True

        fut = self._get_loop().create_future()
        fut._pg_wait = _pg_wait or ("event", self)
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """Asynchronous equivalent to threading.Condition."""
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()

        self._lock = lock
        # Export the lock's locked(), acquire() and release() methods.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release

        self._waiters = deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _object_repr(super().__repr__(), extra)

    async def wait(self):
        """Wait until notified (the lock must be held; it is re-acquired)."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')

        self.release()
        try:
            fut = self._get_loop().create_future()
            fut._pg_wait = ("condition", self)
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)

        finally:
            # Must reacquire lock even if wait is cancelled
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True

            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        """Wait until a predicate becomes true."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')

        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break

            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A Semaphore implementation."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _object_repr(super().__repr__(), extra)

    def locked(self):
        """Returns True if semaphore cannot be acquired immediately."""
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        """Acquire a semaphore, waiting while its counter is zero."""
        if not self.locked():
            self._value -= 1
            return True

        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        fut._pg_wait = ("semaphore", self)
        self._waiters.append(fut)

        # Finally block should be called before the CancelledError
        # handling as we don't want CancelledError to call
        # _wake_up_first() and attempt to wake up itself.
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise

        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        """Wake up the first waiter that isn't done."""
        if not self._waiters:
            return

        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A bounded semaphore: release() may not raise the value above the initial one."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState:
    """enum.Enum('_BarrierState'): its four members (the interpreter has no enum)."""
    __module__ = 'asyncio.locks'

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<{type(self).__name__}.{self.name}: {self.value!r}>'

    def __str__(self):
        return f'{type(self).__name__}.{self.name}'


_BarrierState.FILLING = _BarrierState('FILLING', 'filling')
_BarrierState.DRAINING = _BarrierState('DRAINING', 'draining')
_BarrierState.RESETTING = _BarrierState('RESETTING', 'resetting')
_BarrierState.BROKEN = _BarrierState('BROKEN', 'broken')


class Barrier(_LoopBoundMixin):
    """Asyncio equivalent to threading.Barrier

    Implements a Barrier primitive.
    Useful for synchronizing a fixed number of tasks at known synchronization
    points. Tasks block on 'wait()' and are simultaneously awoken once they
    have all made their call.
    """
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        """Create a barrier, initialised to 'parties' tasks."""
        if parties < 1:
            raise ValueError('parties must be > 0')

        self._cond = Condition() # notify all tasks when state changes

        self._parties = parties
        self._state = _BarrierState.FILLING
        self._count = 0       # count tasks in Barrier

    def __repr__(self):
        res = super().__repr__()
        extra = f'{self._state.value}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):
        # wait for the barrier reaches the parties number
        # when start draining release and return index of waited task
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the barrier.

        When the specified number of tasks have started waiting, they are all
        simultaneously awoken.
        Returns an unique and individual index number from 0 to 'parties-1'.
        """
        async with self._cond:
            await self._block() # Block while the barrier drains or resets.
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    # We release the barrier
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                # Wake up any tasks waiting for barrier to drain.
                self._exit()

    async def _block(self):
        # Block until the barrier is ready for us,
        # or raise an exception if it is broken.
        #
        # It is draining or resetting, wait until done
        # unless a CancelledError occurs
        await self._cond.wait_for(
            lambda: self._state not in (
                _BarrierState.DRAINING, _BarrierState.RESETTING
            )
        )

        # see if the barrier is in a broken state
        if self._state is _BarrierState.BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        # Release the tasks waiting in the barrier.

        # Enter draining state.
        # Next waiting tasks will be blocked until the end of draining.
        self._state = _BarrierState.DRAINING
        self._cond.notify_all()

    async def _wait(self):
        # Wait in the barrier until we are released. Raise an exception
        # if the barrier is reset or broken.

        # wait for end of filling
        # unless a CancelledError occurs
        await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)

        if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        # If we are the last tasks to exit the barrier, signal any tasks
        # waiting for the barrier to drain.
        if self._count == 0:
            if self._state in (_BarrierState.RESETTING, _BarrierState.DRAINING):
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def reset(self):
        """Reset the barrier to the initial state.

        Any tasks currently waiting will get the BrokenBarrier exception
        raised.
        """
        async with self._cond:
            if self._count > 0:
                if self._state is not _BarrierState.RESETTING:
                    #reset the barrier, waking up tasks
                    self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):
        """Place the barrier into a 'broken' state.

        Useful in case of error.  Any currently waiting tasks and tasks
        attempting to 'wait()' will have BrokenBarrierError raised.
        """
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of tasks required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of tasks currently waiting at the barrier."""
        if self._state is _BarrierState.FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state is _BarrierState.BROKEN

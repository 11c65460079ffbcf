# typing's special forms can be subscripted (annotations of a module or class
# body are evaluated) and print as CPython's; Generic, TypeVar, cast, NewType.
import typing
from typing import List, Dict, Optional, Union, Callable, Tuple, Any, ClassVar, Awaitable, Set, TypeVar, Coroutine, Iterable, Type, Literal, Final, Deque, AsyncIterator, Generator, Sequence, Mapping, FrozenSet, DefaultDict, Counter, Iterator, AsyncGenerator, NoReturn, Generic, get_origin, cast, TYPE_CHECKING, NewType
T = TypeVar("T")
for a in [List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None], Union[int], Callable[[int], str], Callable[..., int], Tuple[int, ...], Tuple[()], Any, ClassVar[int], Awaitable[int], Set[List[int]], T, List[T], Optional[List["Node"]], Coroutine[Any, Any, int], Iterable, Union[int, Optional[str]], Union[str, int, str], Type[int], Literal["a", 1], Final[int], Deque[int], AsyncIterator[int], Generator[int, None, None], Sequence[float], Mapping[str, Any], FrozenSet[int], DefaultDict[str, int], Counter[str], Iterator[int], AsyncGenerator[int, None], NoReturn]:
    print(repr(a))
print(int | None, list[int] | None)
print(Optional[int] == Union[int, None], List[int] == List[int], hash(List[int]) == hash(List[int]))
class Stack(Generic[T]):
    pass
print(Stack.__mro__, Stack[int])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), get_origin(ClassVar[int]) is ClassVar)
print(cast(int, "x"), TYPE_CHECKING)
UserId = NewType("UserId", int)
print(UserId(5), UserId)
try:
    List()
except TypeError as e:
    print(e)
try:
    Any()
except TypeError as e:
    print(e)
import asyncio


class Worker:
    queue: "asyncio.Queue[int]"
    results: Dict[str, List[float]] = {}
    pending: Optional[asyncio.Task] = None
    handler: Callable[[int], Awaitable[None]]


print(Worker.__annotations__)
timeout: Optional[float] = 1.5
retries: int = 3
print(__annotations__)

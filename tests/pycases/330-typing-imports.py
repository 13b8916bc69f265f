from typing import (Annotated, Literal, TYPE_CHECKING, Protocol, Self, cast, overload, Optional, Union,
                    List, Dict, Any, Callable, Iterator, ClassVar, Final, TypeVar, Generic, Sequence,
                    Mapping, Iterable, Tuple, Set, Type, NoReturn, TypedDict, NamedTuple, get_args)

if TYPE_CHECKING:
    print("never printed")
T = TypeVar("T")
Mode = Literal["r", "w"]
UserId = Annotated[int, "positive"]

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> Self:
        self.items.append(item)
        return self

def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None

print(Stack[int]().push(1).push(2).items, first([]), first("ab"), cast(int, "not checked"))
print(get_args(Dict[str, int]), TYPE_CHECKING)

# typing objects print as CPython prints them
from typing import Any, Callable, Dict, List, Optional, Tuple, Union, Annotated, Literal, TypeVar, Generic

print(List[int], Dict[str, List[int]], Optional[str])
print(Union[int, str], Union[int, None], Tuple[int, ...])
print(Callable[[int, str], bool], Annotated[int, "positive"], Literal["a", 1])
print(Any, Optional, Union)
print(list[int], dict[str, tuple[int, str]], int | None, int | str | None)
T = TypeVar("T")
print(T, List[T])


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


print(Box[int], Box[int](5).item)
print(repr(Optional[List[Dict[str, Any]]]))

from typing import Optional, List, Dict, Union, Literal, Annotated, Callable, Any, Tuple
print(Optional["Node"], List["Node"], Dict[str, "Node"], Union["A", int], Literal["a", "b"], Annotated[int, "meta"])
print(Callable[["X"], int], Tuple["A", ...], list["Node"], Optional[List["Node"]])
def f(a: List["Node"]) -> Optional["Node"]: pass
print(f.__annotations__)

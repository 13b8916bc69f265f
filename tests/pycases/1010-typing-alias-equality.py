from typing import Optional, Union, List, Dict, Tuple, TypeVar
print(Optional[int] == Optional[int], List[int] == List[int], Optional[int] == Union[int, None])
print(Union[int, str] == Union[str, int], List[int] == List[str], Dict[str, int] == Dict[str, int])
print(int | None == Optional[int], Tuple[int, str] == Tuple[str, int], List[int] != List[int])
print(len({Optional[int], Union[None, int]}), len({List[int], List[int]}))
print({Optional[str]: "maybe"}[Union[str, None]])
T = TypeVar("T")
print(T.__name__, T)
hints = {"a": Optional[int], "b": List[str]}
for k, v in hints.items():
    print(k, v == Optional[int], v)

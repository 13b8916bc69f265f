from typing import Callable, Dict, List, Optional, Union, get_type_hints


def handler(cb: Callable[[int], str] | None, ids: List[int] | None = None, tags: list[str] | None = None,
            extra: Dict[str, int] | int = 0) -> Union[int, str, None]:
    return 0


for name, hint in get_type_hints(handler).items():
    print(name, hint)
print(Optional[Callable[[int], str]], Union[int, str, None], int | None, list[int] | None | str)
print(Optional[int] | str, Callable[[int], None], list[None], List[int] | None == Optional[List[int]])

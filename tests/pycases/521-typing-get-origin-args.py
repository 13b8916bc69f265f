# get_origin / get_args on the common forms
from typing import Dict, List, Optional, Set, Tuple, Union, get_args, get_origin

for hint in [List[int], Dict[str, int], Set[str], Tuple[int, str], list[int], dict[str, float]]:
    print(get_origin(hint), get_args(hint))
print(get_args(Optional[int]), get_args(Union[int, str]))
print(get_origin(int), get_args(int))


def is_optional(hint):
    return type(None) in get_args(hint)


print(is_optional(Optional[str]), is_optional(int | None), is_optional(List[int]))

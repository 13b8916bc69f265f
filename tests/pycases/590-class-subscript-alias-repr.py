# Subscripting classes: builtin generics give aliases whose repr shows data by repr();
# a class the program wrote is not subscriptable.
import typing

values = [1, 2]
values.append(values)
print(list[values])
print(dict[str, [int]])
print(typing.Callable[[int, str], bool])
print(typing.Optional[list[int]])


class Box:
    pass


for index in (int, values, (1, 2)):
    try:
        Box[index]
    except TypeError as error:
        print(type(error).__name__, error)


class Stack(list):
    pass


print(Stack[int])

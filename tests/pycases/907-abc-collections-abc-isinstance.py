from abc import ABC
from collections.abc import Iterable, Iterator, Mapping, Sequence, Hashable, Callable, Sized, Container

for value in ([1], (1,), "ab", {"a": 1}, {1}, 5, None, len, (c for c in "ab")):
    print(type(value).__name__, isinstance(value, Iterable), isinstance(value, Sequence),
          isinstance(value, Mapping), isinstance(value, Hashable), isinstance(value, Callable))
print(isinstance(iter([]), Iterator), isinstance([], Iterator))
print(isinstance(range(3), Sequence), isinstance(b"x", Sequence))
print(issubclass(dict, Sized), issubclass(set, Container), issubclass(int, Sized))

class Bag:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())

print(isinstance(Bag(), Sized), isinstance(Bag(), Iterable), isinstance(Bag(), Sequence))
print(issubclass(Mapping, ABC) or isinstance(Mapping, type))

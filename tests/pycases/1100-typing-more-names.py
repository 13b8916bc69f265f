from typing import (DefaultDict, Deque, NewType, Counter, OrderedDict, ChainMap, Text, TypeAlias, Collection,
                    Sized, Hashable, MutableSequence, Pattern, Match, AnyStr, IO, TextIO, Never, NotRequired,
                    Required, Awaitable, ParamSpec, Concatenate, SupportsInt, Reversible, Container, AbstractSet,
                    LiteralString, assert_never)
from collections import defaultdict

UserId = NewType("UserId", int)
print(UserId, UserId(42), type(UserId(42)).__name__, UserId.__name__, UserId.__supertype__)
print(DefaultDict[str, int], Deque[int], Counter[str], OrderedDict[str, float], ChainMap[str, int])
print(Text, AnyStr, Never, LiteralString, TypeAlias, Hashable, Sized)
print(Collection[int], MutableSequence[str], AbstractSet[int], Container[int], Reversible[str])
print(IO, TextIO, SupportsInt, IO[str])
P = ParamSpec("P")
print(P, Awaitable[int], Pattern[str], Match[bytes])
Grid: TypeAlias = "list[list[int]]"
counts: DefaultDict[str, int] = defaultdict(int)
for w in "a b a c a".split():
    counts[w] += 1
print(dict(counts), Grid)
try:
    assert_never(3)
except AssertionError as e:
    print("AssertionError:", e)

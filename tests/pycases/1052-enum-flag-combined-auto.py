# Flag members combined in the class body from auto() values, and typing's collection aliases.
from enum import Flag, IntFlag, auto
from typing import DefaultDict, Deque, Counter, Text, NewType
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC
    ADMIN = READ | WRITE | 8
print(list(Perm), Perm.RW, Perm.ALL.value, Perm.ADMIN.value, Perm.READ in Perm.RW)
class Mode(IntFlag):
    A = auto()
    B = auto()
    AB = A | B
    ONLY_B = AB & B
print(Mode.AB, Mode.ONLY_B is Mode.B, int(Mode.AB))
UserId = NewType("UserId", int)
uid = UserId(7)
print(uid, type(uid).__name__, Text is str, DefaultDict is not None, Deque is not None, Counter is not None)

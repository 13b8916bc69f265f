from enum import Flag, auto

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

rw = Perm.READ | Perm.WRITE
print(repr(rw), rw, Perm.READ in rw, Perm.EXEC in rw)
print(list(rw), len(rw), bool(Perm(0)), repr(Perm(0)))
print(repr(rw & Perm.WRITE), repr(~Perm.READ), rw ^ Perm.READ)
print(Perm(5), [p.value for p in Perm])
print(repr(Perm.READ | Perm.WRITE | Perm.EXEC))

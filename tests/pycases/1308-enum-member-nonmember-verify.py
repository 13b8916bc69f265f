from enum import Enum, IntEnum, Flag, verify, member, nonmember, CONTINUOUS, UNIQUE, NAMED_FLAGS, EnumCheck


class Op(Enum):
    ADD = "+"
    SUB = "-"
    precedence = nonmember({"+": 1, "-": 1})

    @member
    def neg(x):
        return -x


print(list(Op.__members__), Op.precedence, Op.neg.value(4), Op("+"), len(Op))


@verify(UNIQUE, CONTINUOUS)
class Level(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3


print(list(Level), EnumCheck.CONTINUOUS, repr(UNIQUE))
for build in [lambda: verify(CONTINUOUS)(IntEnum("Gap", {"A": 1, "C": 3, "F": 6})),
              lambda: verify(UNIQUE)(Enum("Dup", {"A": 1, "B": 1, "C": 2})),
              lambda: verify(CONTINUOUS)(Flag("Bits", {"A": 1, "D": 8}))]:
    try:
        build()
    except ValueError as e:
        print("ValueError:", e)


try:
    verify(NAMED_FLAGS)(Flag("Perm", {"R": 4, "W": 2, "RWX": 7}))
except ValueError as e:
    print("ValueError:", e)

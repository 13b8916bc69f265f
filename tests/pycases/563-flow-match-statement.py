match_cases = [0, 1, "hi", [1, 2], {"k": 5}, (1, 2, 3), None, 3.5]
for v in match_cases:
    match v:
        case 0:
            print("zero")
        case int(n) if n > 0:
            print("positive int", n)
        case str() as s:
            print("str", s)
        case [a, b]:
            print("pair", a, b)
        case {"k": val}:
            print("dict k", val)
        case (first, *rest):
            print("seq", first, rest)
        case None:
            print("none")
        case _:
            print("other", v)
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
for p in [Pt(0, 0), Pt(1, 0), Pt(2, 3)]:
    match p:
        case Pt(0, 0):
            print("origin")
        case Pt(x=1):
            print("x is one")
        case Pt(x, y):
            print("at", x, y)
cmd = "go north"
match cmd.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit" | "exit"]:
        print("bye")

# yield inside and/or and conditional expressions runs only on the branch taken
def g(flag):
    a = (yield "test") and (yield "and-right")
    print("a =", a)
    b = (yield "or-left") or (yield "or-right")
    print("b =", b)
    c = (yield "then") if flag else (yield "else")
    print("c =", c)
    return "done"


def drive(flag, answers):
    it = g(flag)
    seen = [next(it)]
    try:
        for answer in answers:
            seen.append(it.send(answer))
    except StopIteration as stop:
        seen.append(stop.value)
    print(seen)


drive(True, [0, "x", "y", "z"])
drive(False, [1, 2, 0, 5, 6])
drive(True, [1, 2, "", 7, "w"])

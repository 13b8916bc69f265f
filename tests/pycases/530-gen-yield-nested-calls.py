# yields nested inside several calls: arguments evaluated left to right around each suspension
trace = []


def t(label, value=None):
    trace.append(label)
    return value if value is not None else label


def g():
    out = t("outer", t("a") + str((yield "first")) + t("b"))
    print(out, trace)
    pair = (t("left"), [t("mid"), (yield "second")], t("right"))
    print(pair, trace[-3:])
    return sorted([(yield "third"), t("x", 1)], reverse=(yield "fourth"))


it = g()
print(next(it))
print(it.send(1))
print(it.send("two"))
print(it.send(5))
try:
    it.send(True)
except StopIteration as s:
    print(s.value)

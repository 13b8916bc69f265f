eg = ExceptionGroup("g", [ValueError(1)])
print(eg.__class__.__mro__, BaseExceptionGroup.__mro__)
print(ExceptionGroup.__name__, ExceptionGroup.__qualname__, ExceptionGroup.__module__, ExceptionGroup)
print(isinstance(eg, BaseExceptionGroup), eg.args, eg.exceptions, eg.__traceback__ is None)
print(type(eg.exceptions), ExceptionGroup("x", (KeyError(1),)).exceptions)
eg2 = eg.derive([TypeError(2)])
print(repr(eg2), eg2.__notes__ if hasattr(eg2, "__notes__") else "no notes")
try:
    raise eg
except ExceptionGroup as e:
    print(e is eg, e.exceptions[0].args)
def check(*vals):
    errs = [ValueError(f"bad {v}") for v in vals if v < 0]
    if errs:
        raise ExceptionGroup(f"{len(errs)} invalid", errs)
    return "ok"
print(check(1, 2))
try:
    check(-1, 3, -2)
except ExceptionGroup as e:
    for sub in e.exceptions:
        print(" -", sub)
try:
    1 / 0
except ZeroDivisionError:
    check(-5)

eg = ExceptionGroup("many", [ValueError("a"), TypeError("b"), ExceptionGroup("sub", [ValueError("c"), KeyError("d")])])
print(str(eg), "|", repr(eg))
print(eg.message, len(eg.exceptions), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError) or (isinstance(e, ExceptionGroup) and e.message == "nope"))))
print(eg.subgroup(OSError), eg.split(Exception)[0] is eg, eg.split(Exception)[1])
g = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError(1)])
print(type(g).__name__, type(BaseExceptionGroup("ok", [ValueError(1)])).__name__)
print(str(ExceptionGroup("one", [ZeroDivisionError()])))
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
            lambda: ExceptionGroup("x", ValueError()), lambda: eg.split(42)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class AppErrors(ExceptionGroup):
    def derive(self, excs):
        return AppErrors(self.message.upper(), excs)

app = AppErrors("app", [ValueError(1), TypeError(2)])
app.add_note("while saving")
m, r = app.split(TypeError)
print(type(m).__name__, repr(m), r.__notes__)
try:
    try:
        raise app
    except* ValueError:
        print("value handled")
except AppErrors as left:
    print("left:", repr(left))

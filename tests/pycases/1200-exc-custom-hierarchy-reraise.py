class AppError(Exception):
    code = 500
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"
class NotFoundError(AppError): code = 404
class ValidationError(AppError):
    code = 422
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def handler(kind):
    try:
        if kind == "nf":
            raise NotFoundError("user 7")
        if kind == "val":
            raise ValidationError("email", "invalid")
        if kind == "key": {}["x"]
        if kind == "zero": return 1 / 0
        return "ok"
    except AppError as e:
        return f"app error {e} ({type(e).__name__}, code={e.code})"
    except KeyError as e:
        raise AppError("lookup failed") from e
    finally:
        print("cleanup", kind)
for k in ["ok", "nf", "val", "key", "zero"]:
    try:
        print(handler(k))
    except AppError as e:
        print("outer:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)
    except ZeroDivisionError as e:
        print("outer zero:", e, e.args)
e = ValidationError("age", "too low")
print(repr(e), e.args, e.field, isinstance(e, Exception), issubclass(NotFoundError, AppError))
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", [str(x) for x in eg.exceptions])

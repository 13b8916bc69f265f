log = []

def gen():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ValueError("g"), KeyError("k")])
    except* ValueError as eg:
        log.append(("gen value", len(eg.exceptions)))
        yield 2
    except* KeyError:
        log.append("gen key")

print(list(gen()), log)
def nested(n):
    try:
        try:
            raise ExceptionGroup("lvl", [ValueError(n), TypeError(n), ZeroDivisionError(n)])
        except* ValueError:
            raise
        except* TypeError as eg:
            raise IndexError("replaced") from eg
    except* ZeroDivisionError as z:
        print("outer zero", repr(z))
    except* IndexError as ie:
        print("outer index", repr(ie), repr(ie.exceptions[0].__cause__))
    except* ValueError as v:
        print("outer value", repr(v))

nested(7)
count = 0
for kind in (ValueError, TypeError, RuntimeError):
    try:
        try:
            raise kind("x")
        except* (ValueError, TypeError) as eg:
            count += len(eg.exceptions)
            print("caught", type(eg).__name__, [type(e).__name__ for e in eg.exceptions])
    except RuntimeError as e:
        print("escaped naked", repr(e))
print(count)

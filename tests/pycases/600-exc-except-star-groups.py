def risky(n):
    errors = []
    for i in range(n):
        if i % 3 == 0:
            errors.append(ValueError(f"bad {i}"))
        elif i % 3 == 1:
            errors.append(KeyError(i))
    if errors:
        raise ExceptionGroup("batch failed", errors)

for n in (0, 1, 2, 5):
    try:
        risky(n)
    except* ValueError as eg:
        print(n, "values:", [str(e) for e in eg.exceptions], type(eg).__name__)
    except* KeyError as eg:
        print(n, "keys:", repr(eg))
    else:
        print(n, "no errors")

try:
    raise TypeError("naked")
except* TypeError as eg:
    print(repr(eg), eg.message == "")

def partial():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as eg:
        print("handled", repr(eg))

try:
    partial()
except ExceptionGroup as rest:
    print("left", repr(rest))
try:
    raise ExceptionGroup("z", [OSError("disk")])
except* (OSError, ValueError) as eg:
    raise RuntimeError("wrapped") from eg

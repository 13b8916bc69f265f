def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() as f:
            return f"float {f}"
        case str(s):
            return f"string of {len(s)}"
        case _:
            return "other"

for v in [0, 2, "hi", None, True, -5, 2.5, "abc", 1.0, [1]]:
    print(repr(v), "->", describe(v))

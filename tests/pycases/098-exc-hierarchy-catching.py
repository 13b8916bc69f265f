tests = [
    lambda: {}["k"],
    lambda: [][1],
    lambda: 1 / 0,
    lambda: int("x"),
    lambda: undefined_name,
    lambda: "a" + 1,
    lambda: None.attr,
]
for t in tests:
    try:
        t()
    except LookupError as e:
        print("LookupError", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError", type(e).__name__)
    except (ValueError, TypeError) as e:
        print("ValueError/TypeError", type(e).__name__)
    except Exception as e:
        print("Exception", type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, Exception), issubclass(Exception, BaseException))

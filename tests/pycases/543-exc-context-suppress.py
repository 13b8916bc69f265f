try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad key") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(e, repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no cause") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
plain = ValueError("fresh")
print(plain.__context__, plain.__cause__, plain.__suppress_context__)
try:
    raise plain
except ValueError as e:
    print(e.__context__)

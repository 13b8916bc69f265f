import sys

print(sys.exc_info())
try:
    int("x")
except ValueError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value, tb is not None)
    print(sys.exc_info()[1] is value)
print(sys.exc_info() == (None, None, None))

def handler():
    try:
        raise KeyError("inner")
    except KeyError:
        return sys.exc_info()[0]
print(handler())
try:
    raise RuntimeError("outer")
except RuntimeError:
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
try:
    raise TypeError("t")
except Exception as e:
    print(sys.exception() is e if hasattr(sys, "exception") else type(e).__name__)

counter = 3


def show(a, b=2):
    total = a + b
    print(dir())
    return total


show(1)
print("counter" in dir(), "show" in dir(), "missing" in dir())


class Settings:
    debug = True
    level = 2
    print(dir())


def outer():
    x = 1
    squares = [n * x for n in range(2)]
    print(dir(), squares)


outer()
try:
    raise ValueError("boom")
except ValueError as err:
    print("err" in dir())
print("err" in dir())

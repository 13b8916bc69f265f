def greet(name):
    """Return a greeting."""
    return "hi " + name
print(greet.__name__, greet("x"))
square = lambda n: n * n
print(square.__name__, square(4))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(callable(greet), callable(5), callable(str))

def greet(name, greeting="Hello", *, punct="!"):
    """Say hello."""
    return f"{greeting}, {name}{punct}"

print(greet.__name__, greet.__qualname__, greet.__doc__)
print(greet.__defaults__, greet.__kwdefaults__)
greet.calls = 0
greet.calls += 1
print(greet.calls, greet.__dict__)

def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.count += 1
        return func(*args, **kwargs)
    wrapper.count = 0
    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper

@counted
def square(x):
    return x * x

print(square(3), square(4), square.count, square.__name__)
print(square.__wrapped__(5), square.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__doc__)
def nothing(): pass
print(nothing.__defaults__, nothing.__kwdefaults__)

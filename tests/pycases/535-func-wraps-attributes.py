# decorators that copy or set function attributes
import functools


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@counted
def area(width, height=1, *, unit="m"):
    "Area of a rectangle."
    return f"{width * height}{unit}2"


print(area(2, 3), area(4), area.calls)
print(area.__name__, area.__doc__, area.__qualname__, area.__module__)
print(area.__wrapped__.__defaults__, area.__wrapped__.__kwdefaults__)
print(area.__defaults__, area.__kwdefaults__)
print(area.__wrapped__.__code__.co_varnames, area.__code__.co_varnames)
print(sorted(area.__dict__))

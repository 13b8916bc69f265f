import functools
import warnings

def deprecated(reason):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(f"{func.__name__} is deprecated: {reason}",
                          category=DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        return wrapper
    return decorator

@deprecated("use total()")
def old_sum(*xs):
    return sum(xs)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(old_sum(1, 2, 3))
    print(old_sum(4))
print(len(caught), caught[0].lineno, caught[1].lineno)
print(caught[0].category.__name__, str(caught[0].message))
print(old_sum.__name__, old_sum.__wrapped__(5, 5))
with warnings.catch_warnings(record=True) as caught:
    old_sum(1)
    old_sum(2)
print("default filters:", len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("imports", ImportWarning)
    warnings.warn("runtime", RuntimeWarning)
print([str(w.message) for w in caught])

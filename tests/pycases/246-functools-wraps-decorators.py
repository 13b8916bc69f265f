import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

def retry(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(times):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f"attempt {attempt + 1} failed: {e}")
            return None
        return wrapper
    return decorator

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

state = {"n": 0}

@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"n={state['n']}")
    return "ok"

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(flaky(), flaky.__name__, flaky.__qualname__)

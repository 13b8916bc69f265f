from functools import wraps, total_ordering, cached_property

def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return inner

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts

print(Version(1, 2) <= Version(1, 3), Version(2) > Version(1, 9), Version(1) >= Version(1))

class Report:
    @cached_property
    def total(self):
        print("computing")
        return 42

r = Report()
print(r.total, r.total, r.__dict__)

def register(cls):
    cls.registered = True
    registry.append(cls.__name__)
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars_of(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def vars_of(obj):
    return obj.__dict__

registry = []

@register
@add_repr
class User:
    """A user of the system."""
    def __init__(self, name, age):
        self.name = name
        self.age = age

class Plain:
    pass

print(User("ann", 3), User.registered, registry)
print(User.__doc__, Plain.__doc__)
print(User.__qualname__, User.__init__.__qualname__)

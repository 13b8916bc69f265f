class Foo:
    def __repr__(self):
        return f"<{self.__class__.__name__}>"
class Bar(Foo):
    pass
print(Foo(), Bar(), type(Bar()).__name__, Bar.__bases__[0].__name__ if hasattr(Bar, "__bases__") else "")
print(Foo.__name__, Bar.__qualname__, isinstance(Bar(), Foo))

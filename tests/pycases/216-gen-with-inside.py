class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return kind is KeyError

def using():
    with Managed("outer") as m, Managed("inner"):
        yield m.name
        raise KeyError("suppressed")
    yield "after with"

g = using()
print(next(g))
print(next(g))
print(next(g, "end"))

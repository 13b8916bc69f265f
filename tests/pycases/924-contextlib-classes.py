from contextlib import AbstractContextManager, ContextDecorator

class Timer(AbstractContextManager):
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        return False

with Timer() as t:
    print(type(t).__name__)
print(isinstance(t, AbstractContextManager), issubclass(Timer, AbstractContextManager))

class Lock:
    def __enter__(self):
        return self
    __exit__ = lambda self, *a: None

print(isinstance(Lock(), AbstractContextManager), isinstance(object(), AbstractContextManager))

class traced(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, *exc):
        print("leave", self.label, exc[0].__name__ if exc[0] else None)
        return False

@traced("job")
def job(x):
    print("running", x)
    return x + 1

print(job(1), job.__name__)
with traced("block"):
    print("inside")
try:
    traced("err")(lambda: 1 / 0)()
except ZeroDivisionError:
    print("propagated")

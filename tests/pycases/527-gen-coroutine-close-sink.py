# a coroutine sink primed by a decorator, closed when done
import functools


def coroutine(func):
    @functools.wraps(func)
    def primer(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return primer


@coroutine
def grep(pattern, found):
    while True:
        line = yield
        if pattern in line:
            found.append(line)

hits = []
g = grep("sql", hits)
for line in ["sqlalchemy", "django", "sqlite", "flask"]:
    g.send(line)
g.close()
print(hits)
try:
    g.send("sql again")
except StopIteration:
    print("closed generator raises StopIteration")
print(grep.__name__, grep.__qualname__)

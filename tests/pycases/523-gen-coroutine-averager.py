# coroutine-style generators driven by send(), with a priming decorator
import functools

def coroutine(func):
    @functools.wraps(func)
    def primer(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return primer

@coroutine
def averager():
    total = count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return count, average

avg = averager()
print(avg.send(10), avg.send(30), avg.send(5))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)
print(averager.__name__, averager.__wrapped__.__name__)

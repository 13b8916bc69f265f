# The classic mistake: an iterable class (only __iter__) passed to next().
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Ticker:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


c = Countdown(3)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
it = iter(c)
print(next(it), next(it), list(it))
t = Ticker()
print(next(t), next(t), next(t, "done"))
print(next(iter([]), "empty"), next(x for x in "ab"))

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def evens(self):
        return (n for n in self if n % 2 == 0)

c = Countdown(5)
print(list(c))
print(list(c.evens()))
print(sorted(c))
print(tuple(reversed(list(c))))
it = iter(c)
print(next(it), next(it))
print(3 in c, 9 in c)

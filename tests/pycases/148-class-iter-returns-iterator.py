class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        items = []
        while n > 0:
            items.append(n)
            n -= 1
        return iter(items)
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)), 2 in Countdown(3))
a, b = Countdown(2)
print(a, b, sorted(Countdown(3)), max(Countdown(5)))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        return self if other == 0 else self.__add__(other)
    def __mul__(self, factor):
        return Money(round(self.cents * factor))
    def __lt__(self, other):
        return self.cents < other.cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), Money(100) + Money(1), Money(999) * 1.5)
print(min(wallet), max(wallet), [str(m) for m in sorted(wallet)])
try:
    Money(1) + 5
except TypeError:
    print("TypeError")

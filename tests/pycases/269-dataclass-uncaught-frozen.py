from dataclasses import dataclass

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def add(self, other):
        return Money(self.amount + other.amount, self.currency)

total = Money(5).add(Money(7))
print(total, total.amount)
total.amount = 0
print("unreachable")

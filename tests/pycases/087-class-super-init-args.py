class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def describe(self):
        return f"{self.owner}: {self.balance}"
class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def describe(self):
        return super().describe() + f" @ {self.rate:.0%}"
s = Savings("ann", 100, rate=0.05)
print(s.describe(), s.owner, s.rate)
print(Account("bob").describe(), s.__dict__)

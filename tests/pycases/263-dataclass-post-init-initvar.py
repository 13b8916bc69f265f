from dataclasses import dataclass, field, InitVar

@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    unit: InitVar[str] = "cm"

    def __post_init__(self, unit):
        self.area = self.width * self.height
        self.label = f"{self.area}{unit}2"

r = Rectangle(2, 3)
print(r, r.label)
print(Rectangle(1.5, 2, "m").label)

@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError("negative opening balance")
        self.history.append(("open", self.balance))

acct = Account("ann", 10)
print(acct, acct.history)
Account("bob", -5)

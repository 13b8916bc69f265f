class InsufficientFunds(Exception):
    pass
balance = 50
for cost in [20, 20, 20]:
    if cost > balance:
        raise InsufficientFunds(f"need {cost}, have {balance}")
    balance -= cost
    print("paid", cost, "left", balance)

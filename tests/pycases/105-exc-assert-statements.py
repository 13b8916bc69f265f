def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    return balance - amount
print(withdraw(100, 30))
for amount in [-5, 500]:
    try:
        withdraw(100, amount)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print(repr(str(e)))

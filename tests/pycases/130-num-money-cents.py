prices = [19.99, 5.01, 0.1, 0.2]
print(sum(prices), round(sum(prices), 2))
cents = [round(p * 100) for p in prices]
print(cents, sum(cents), f"{sum(cents) / 100:.2f}")
tax_rate = 0.0825
subtotal = 123.45
tax = subtotal * tax_rate
print(tax, round(tax, 2), f"{subtotal + tax:,.2f}")
print(f"{1234567.891:,.2f}", f"{0.005:.2f}", f"{0.015:.2f}", f"{2.5:.0f}", f"{3.5:.0f}")

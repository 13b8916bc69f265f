prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1}
for name in prices:
    print(name, end=" ")
print()
for name, price in prices.items():
    print(f"{name}: {price:.2f}")
total = sum(prices.values())
print(round(total, 2), max(prices, key=prices.get), min(prices.values()))
print(sorted(prices.items(), key=lambda kv: kv[1], reverse=True))
print({k: v for k, v in prices.items() if v > 1})

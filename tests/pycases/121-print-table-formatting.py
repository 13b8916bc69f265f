rows = [("Widget", 3, 4.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 100.0)]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>10}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>10.2f}")
print("=" * len(header))
print(f"{'Grand total':<27}{grand:>10.2f}")

rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("kiwi", 12.0, 3)]
for name, price, qty in rows:
    print(f"|{name:<8}|{price:>7.2f}|{qty:^5}|{price * qty:10,.1f}|")
print(f"{'centered':*^20}")
print(f"{42:08d} {42:+d} {-42:+d} {42: d} {3.14159:.3} {1234567:,}")
print(f"{255:x} {255:X} {255:#x} {5:b} {8:o} {0.25:%} {0.125:.1%}")

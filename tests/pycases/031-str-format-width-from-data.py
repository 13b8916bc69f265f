rows = [("id", "name", "score"), (1, "Ann", 93.5), (2, "Bartholomew", 8.25), (10, "Cy", 100.0)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
print(widths)
for r in rows:
    cells = [str(c).ljust(w) if isinstance(c, str) else str(c).rjust(w) for c, w in zip(r, widths)]
    print(" | ".join(cells))
print("-+-".join("-" * w for w in widths))

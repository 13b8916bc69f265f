grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = None
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value == target:
            found = (r, c)
            break
    if found:
        break
print("found", target, "at", found)
total = 0
for row in grid:
    for v in row:
        if v % 2 == 0:
            continue
        total += v
print("odd total", total)

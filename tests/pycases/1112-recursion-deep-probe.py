import sys
sys.setrecursionlimit(5000)
def rsum(items):
    if not items:
        return 0
    return items[0] + rsum(items[1:])
print(rsum(list(range(1500))))
def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)
print(count_down(3000))
grid = ["#########", "#..#....#", "#..#.##.#", "#....#..#", "#########"]
cells = [list(r) for r in grid]
def fill(r, c, mark):
    if cells[r][c] != ".":
        return 0
    cells[r][c] = mark
    return 1 + sum(fill(r + dr, c + dc, mark) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
print(fill(1, 1, "o"))
print("\n".join("".join(r) for r in cells))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), sys.getrecursionlimit())

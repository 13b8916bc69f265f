import bisect
from bisect import bisect_left, bisect_right, insort
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 8]
print(bisect_left(a, 4), bisect_right(a, 4), bisect_left(a, 5), bisect_right(a, 0))
insort(a, 3)
insort(a, 4)
bisect.insort_left(a, 9)
print(a)
print(bisect_left(a, 4, 3), bisect_left(a, 4, 0, 2))
rows = [("alice", 3), ("bob", 7), ("carol", 12)]
print(bisect_left(rows, 7, key=lambda r: r[1]))
bisect.insort(rows, ("dan", 9), key=lambda r: r[1])
print(rows)
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)

from enum import IntEnum

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.HIGH, repr(Priority.LOW), str(Priority.MEDIUM), f"{Priority.HIGH:>4}|")
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.MEDIUM > Priority.LOW, Priority.LOW < 3)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(max(Priority), min(Priority).name, sum(Priority))
print(Priority(5), Priority(5) == 5, int(Priority.HIGH), isinstance(Priority.LOW, int))
print(["x", "y", "z", "w", "v", "u"][Priority.MEDIUM])
try:
    Priority(3)
except ValueError as e:
    print(e)

import sys

vi = sys.version_info
print(vi >= (3, 8), vi >= (3, 11), vi < (4,), vi > (2, 7))
print(vi[0], vi.major, vi[:2] == (vi.major, vi.minor))
print(vi.major == 3, vi.minor >= 11)
print(type(vi.micro).__name__, vi.releaselevel in ("alpha", "beta", "candidate", "final"))
print(len(vi), isinstance(vi, tuple))
major, minor, *rest = vi
print(major, len(rest))
if sys.version_info >= (3, 10):
    print("match statement available")
else:
    print("old python")
print(sys.version_info[:1])
print(type(sys.version).__name__, sys.version.startswith(str(vi.major)))

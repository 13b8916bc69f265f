import sys

print(sys.version_info >= (3, 8), sys.version_info < (3,), sys.version_info[:2] >= (3, 10))
print(sys.version_info.major, sys.version_info > (3, 11, 0), sys.version_info >= (3, 11))
major, minor, *rest = sys.version_info
print(major, len(rest))
if sys.version_info >= (3, 11):
    print("modern python")
else:
    print("old python")
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info[0] == 3)
print(isinstance(sys.version_info, tuple), sys.version.startswith("3.11"))
print(sys.version_info.releaselevel, sys.version_info[3])
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1, -sys.maxsize - 1)
print(type(sys.maxsize).__name__, sys.maxsize > 10 ** 18)
print(sys.getrecursionlimit(), isinstance(sys.argv, list), type(sys.argv[0]).__name__)
print(sys.byteorder in ("little", "big"), sys.float_info.max > 1e308, sys.float_info.dig)

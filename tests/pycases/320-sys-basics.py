import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder)
print(sys.getrecursionlimit(), type(sys.argv).__name__)
n = sys.stdout.write("written directly\n")
print(n)
print(sys.stderr.name if hasattr(sys.stderr, "name") else "")
print("done")

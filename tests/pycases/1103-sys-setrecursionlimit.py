import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())

def rsum(xs, i=0):
    return 0 if i == len(xs) else xs[i] + rsum(xs, i + 1)

print(rsum(list(range(1500))))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(3000))
sys.setrecursionlimit(100)
try:
    depth(500)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(depth(900))

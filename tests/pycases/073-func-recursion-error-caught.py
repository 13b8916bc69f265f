def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError:
    print("RecursionError caught")
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(500))

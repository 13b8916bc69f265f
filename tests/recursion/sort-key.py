# sort key
# expect: !! RecursionError
def k(x):
    return sorted([x], key=k)
k(1)

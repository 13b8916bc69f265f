# max key
# expect: !! RecursionError
def k(x):
    return max([x, x], key=k)
k(1)

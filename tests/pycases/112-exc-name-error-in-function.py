def report(values):
    total = sum(values)
    print("total", total)
    print("average", total / count)
report([1, 2, 3])

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0 and n > 100:
        return "big even"
    elif n % 2 == 0:
        return "even"
    return "odd"
for n in [-4, 0, 7, 8, 102, 101]:
    print(n, classify(n))

def check(x):
    print("checking", x)
    return x > 2

print(any(check(v) for v in [1, 3, 5]))
print(all(check(v) for v in [3, 1, 5]))
print(any(check(v) for v in []))
print(all(check(v) for v in []))
numbers = iter([0, 0, 7, 0, 9])
print(any(numbers))
print(list(numbers))

names = ["a", "b", "c"]
print(", ".join(names))
numbers = [1, 2, 3]
print(", ".join(str(n) for n in numbers))
print(", ".join(numbers))

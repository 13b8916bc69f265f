def validate(items):
    for i, item in enumerate(items):
        if not isinstance(item, int):
            raise TypeError(f"item {i} is {type(item).__name__}, not int")
    return sum(items)
print(validate([1, 2, 3]))
print(validate([1, "2", 3]))

def evens(limit):
    return [n for n in range(limit) if n % 2 == 0]
def squared(nums):
    return [n * n for n in nums]
def take(n, items):
    return items[:n]
print(take(3, squared(evens(20))))
pipeline = [evens, squared, sum]
value = 10
for step in pipeline:
    value = step(value)
print(value)

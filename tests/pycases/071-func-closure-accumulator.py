def running_average():
    values = []
    def add(v):
        values.append(v)
        return sum(values) / len(values)
    return add
avg = running_average()
for v in [10, 20, 30, 45]:
    print(avg(v))
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 50
print(x)
y = 7.0
y /= 2
print(y)
s = "ab"
s *= 3
print(s)
items = [1]
items += [2, 3]
items *= 2
print(items)

# < of nested lists
# expect: !! RecursionError
a = []
b = [1]
for i in range(200000):
    a = [a]
    b = [b]
print(a < b)

# repr of nested lists
# expect: !! RecursionError
a = []
for i in range(200000):
    a = [a]
print(repr(a))

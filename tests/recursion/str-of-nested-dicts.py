# str of nested dicts
# expect: !! RecursionError
d = {}
for i in range(200000):
    d = {'k': d}
print(str(d))

# hash of nested tuples
# expect: !! RecursionError
t = ()
for i in range(200000):
    t = (t,)
print(hash(t))

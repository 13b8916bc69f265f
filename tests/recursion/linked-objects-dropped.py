# linked objects dropped
# expect: ok
class N:
    pass
n = None
for i in range(150000):
    m = N()
    m.next = n
    n = m
n = m = None
print('ok')

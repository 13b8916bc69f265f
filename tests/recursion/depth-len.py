# __len__ calling len(self)
# page: 175
# cli: 500
d = 0
class A:
    def __len__(self):
        global d
        d += 1
        return len(self)
try:
    len(A())
except RecursionError:
    print(d)

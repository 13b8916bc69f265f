# __setitem__
# expect: !! RecursionError
class A:
    def __setitem__(self, k, v):
        self[k] = v
A()[0] = 1

# __neg__
# expect: !! RecursionError
class A:
    def __neg__(self):
        return -self
print(-A())

# __hash__
# expect: !! RecursionError
class A:
    def __hash__(self):
        return hash(self)
print({A()})

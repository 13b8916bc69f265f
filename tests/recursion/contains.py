# __contains__
# expect: !! RecursionError
class A:
    def __contains__(self, x):
        return x in self
print(1 in A())

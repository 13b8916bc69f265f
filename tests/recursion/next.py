# __next__
# expect: !! RecursionError
class A:
    def __iter__(self):
        return self
    def __next__(self):
        return next(self)
print(list(A()))

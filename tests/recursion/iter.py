# __iter__
# expect: !! RecursionError
class A:
    def __iter__(self):
        return iter(self)
for x in A():
    pass

# __add__
# expect: !! RecursionError
class A:
    def __add__(self, o):
        return self + o
A() + 1

# __eq__
# expect: !! RecursionError
class A:
    def __eq__(self, o):
        return self == o
print(A() == 1)

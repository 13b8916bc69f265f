# __str__
# expect: !! RecursionError
class A:
    def __str__(self):
        return str(self)
print(A())

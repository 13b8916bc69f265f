# __int__
# expect: !! RecursionError
class A:
    def __int__(self):
        return int(self)
print(int(A()))

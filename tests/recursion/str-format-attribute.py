# str.format attribute
# expect: !! RecursionError
class A:
    @property
    def x(self):
        return '{0.x}'.format(self)
print(A().x)

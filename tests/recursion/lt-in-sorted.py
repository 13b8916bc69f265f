# __lt__ in sorted
# expect: !! RecursionError
class A:
    def __lt__(self, o):
        return self < o
print(sorted([A(), A()]))

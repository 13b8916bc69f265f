# __eq__ comparing again: two levels each, as in CPython
# page: 175
# cli: 500
d = 0
class A:
    def __eq__(self, o):
        global d
        d += 1
        return self == o
try:
    A() == 1
except RecursionError:
    print(d)

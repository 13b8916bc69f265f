class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, A) and self.v == o.v
print(A(1) == A(1), A(1) != A(1), A(1) != A(2), A(1) in [A(1)])
print([A(1), A(2)].count(A(1)), [A(2)].index(A(2)), A(1) == 1, A(1) != "x")
try:
    {A(1)}
except TypeError as e:
    print("TypeError", e)

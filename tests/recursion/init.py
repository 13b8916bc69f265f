# __init__
# expect: !! RecursionError
class A:
    def __init__(self):
        A()
A()

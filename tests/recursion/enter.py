# __enter__
# expect: !! RecursionError
class A:
    def __enter__(self):
        with self:
            pass
    def __exit__(self, *a):
        pass
with A():
    pass

class Guard:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, et, ev, tb):
        print("release", et.__name__ if et else None)
        return False
with Guard():
    print("working")
with Guard():
    print("about to fail")
    [1, 2, 3].index(7)

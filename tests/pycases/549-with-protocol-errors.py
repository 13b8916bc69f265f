class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *exc):
        return False
class Neither:
    pass
for manager in (NoExit(), NoEnter(), Neither(), 42):
    try:
        with manager:
            print("body ran")
    except TypeError as e:
        print(e)

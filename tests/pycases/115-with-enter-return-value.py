class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self.name.upper()
    def __exit__(self, *args):
        print("close", self.name, args)
with Resource("a") as handle:
    print("using", handle)
with Resource("b"), Resource("c") as second:
    print("inner", second)
r = Resource("d")
with r:
    print("no as")

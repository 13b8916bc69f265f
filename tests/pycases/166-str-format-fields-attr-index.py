class P:
    def __init__(self):
        self.name = "pt"
        self.xy = [3, 4]
p = P()
print("{0.name} at {0.xy[1]}".format(p), "{p.name}".format(p=p), "{d[k]}".format(d={"k": 5}))
print("{:>{}}".format("a", 4), "{0!r:^9}".format("s"), "{:{fill}^7}".format(1, fill="-"))

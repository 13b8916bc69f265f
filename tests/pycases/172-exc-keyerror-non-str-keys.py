d = {1: "a"}
try:
    d[2]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print(e)

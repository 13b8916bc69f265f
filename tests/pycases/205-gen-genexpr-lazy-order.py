def source(tag, items):
    print("iter", tag)
    return iter(items)

def show(x):
    print("elt", x)
    return x * 2

gen = (show(a) + b for a in source("outer", [1, 2]) for b in source("inner", [10, 20]))
print("created")
print(next(gen))
print("between")
print(list(gen))

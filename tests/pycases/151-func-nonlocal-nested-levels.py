def a():
    x = 1
    def b():
        nonlocal x
        x += 1
        def c():
            nonlocal x
            x *= 10
        c()
    b()
    return x
print(a())
x = 1
def outer():
    def inner():
        global x
        x = 5
    inner()
outer()
print(x)

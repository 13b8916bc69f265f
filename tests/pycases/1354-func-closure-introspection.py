def make_counter(start, step=1, *, label="n"):
    count = start
    def inc(by=None):
        nonlocal count
        count += by or step
        return f"{label}={count}"
    return inc
c = make_counter(10, 2)
print(c(), c(5))
print(c.__code__.co_freevars, c.__code__.co_varnames, c.__code__.co_argcount)
print([cell.cell_contents for cell in c.__closure__])
c()
print(c.__closure__[0].cell_contents, make_counter.__code__.co_cellvars)
print(make_counter.__defaults__, make_counter.__kwdefaults__, make_counter.__closure__)
def plain(a, b=2):
    return a + b
print(plain.__closure__, plain.__code__.co_freevars, plain.__kwdefaults__)
def outer():
    zeta, alpha, unused = 1, 2, 3
    f = lambda: (alpha, zeta, len)
    return f
f = outer()
print(type(f.__closure__).__name__, type(f.__closure__[0]).__name__, f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__], outer.__code__.co_cellvars)
def late():
    def get():
        return value
    cells = get.__closure__
    try:
        cells[0].cell_contents
    except ValueError as e:
        print("ValueError:", e)
    value = "bound"
    return cells[0].cell_contents
print(late())

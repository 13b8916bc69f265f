def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5))
def apply_all(funcs, value):
    return [f(value) for f in funcs]
print(apply_all([abs, str, float, lambda v: v ** 2], -3))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print(ops["+"](2, 3), ops["-"](2, 3))

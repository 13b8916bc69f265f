from functools import partial, reduce
import operator

def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), cube_mod(4), square.func.__name__, square.args, square.keywords)
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
p2 = partial(partial(print, "a"), "b", sep="-")
p2("c")

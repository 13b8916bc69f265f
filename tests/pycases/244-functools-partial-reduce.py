from functools import partial, reduce
import operator

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square.func.__name__, square.args, square.keywords)
base2 = partial(power, 2)
print([base2(n) for n in range(5)])
print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
join = partial(str.join, "-")
print(join(["a", "b"]), partial(partial(power, 3), 2)())
print(repr(partial(power, 2, exponent=4)).startswith("functools.partial(<function power"))

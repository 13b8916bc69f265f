import math
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.comb(5, 2))
print(math.modf(3.5), math.modf(-2.25), math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.frexp(-3))
print(math.ldexp(0.5, 4), math.ldexp(3, -2), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(5.5, 2))
print(math.log1p(0), math.expm1(0), math.exp2(10), round(math.asinh(1), 6), math.acosh(1), math.atanh(0))
for f, x in [(math.fmod, (1, 0)), (math.log1p, (-1,)), (math.acosh, (0.5,)), (math.atanh, (1,))]:
    try:
        f(*x)
    except ValueError as e:
        print(f.__name__, e)

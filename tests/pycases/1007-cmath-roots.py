import cmath
import math
def solve(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
print(solve(1, 2, 5), solve(1, -3, 2))
z = 1 + 1j
print(cmath.phase(z), cmath.polar(z), cmath.rect(2, math.pi / 2))
print(cmath.sqrt(-4), cmath.sqrt(2j), cmath.exp(1j * math.pi), cmath.log(-1))
print(cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12), cmath.pi, cmath.isnan(complex(0, math.nan)))
print(sum([1j, 2, 3.5]), [c.real for c in [1j, 2 + 3j]], sorted([3 + 0j, 1 + 0j], key=abs))

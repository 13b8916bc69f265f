//! One test per expression kind.

use super::check;

#[test]
fn constants_names_and_attributes() {
    check(&[
        ("print(None, True, 1, 2**70, 1.5, 'é', ...)\n", "None True 1 1180591620717411303424 1.5 é Ellipsis\n"),
        ("print(undefined)\n", "!! NameError\n"),
        ("print((1).real if False else 'x'.upper())\n", "X\n"),
        ("print([].nope)\n", "!! AttributeError\n"),
    ]);
}

#[test]
fn subscripts_and_slices() {
    check(&[
        ("s = 'hello'\nprint(s[1], s[-1], s[1:3], s[::-1], s[10:], s[-100:2])\n", "e o el olleh  he\n"),
        ("r = range(0, 20, 3)\nprint(r[2], r[-1], r[1:4], r[::-2])\n", "6 18 range(3, 12, 3) range(18, -3, -6)\n"),
        ("print([1, 2][2])\n", "!! IndexError\n"),
        ("print({'a': 1}['b'])\n", "!! KeyError\n"),
        ("print([1, 2, 3][::0])\n", "!! ValueError\n"),
        ("print((1, 2)['x'])\n", "!! TypeError\n"),
    ]);
}

#[test]
fn calls_with_every_argument_form() {
    check(&[
        (
            "def f(*a, **k):\n    return a, k\nprint(f(1, *[2, 3], x=4, **{'y': 5}))\n",
            "((1, 2, 3), {'x': 4, 'y': 5})\n",
        ),
        ("def f(a, /, b):\n    return a + b\nprint(f(1, b=2))\nf(a=1, b=2)\n", "3\n!! TypeError\n"),
        ("print(len([1, 2]), len('é'), len({}))\n", "2 1 0\n"),
        ("5()\n", "!! TypeError\n"),
    ]);
}

#[test]
fn operators() {
    check(&[
        ("print(7 // -2, -7 % 3, 2 ** -1, 1 / 4, 10 ** 20 // 3)\n", "-4 2 0.5 0.25 33333333333333333333\n"),
        (
            "print(2 ** 63, -(2 ** 63) - 1, (2 ** 64) >> 60, 1 << 70)\n",
            "9223372036854775808 -9223372036854775809 16 1180591620717411303424\n",
        ),
        ("print(-5, +5, ~5, not 5, -True)\n", "-5 5 -6 False -1\n"),
        ("print(0 or 'a', 1 and 0, [] or {} or 'x', 2 and 3)\n", "a 0 x 3\n"),
        (
            "print(1 < 2 < 3, 1 < 3 < 2, 2**53 + 1 == float(2**53 + 1), 'a' in 'cat', 3 not in [3])\n",
            "True False False True False\n",
        ),
        ("print(1 / 0)\n", "!! ZeroDivisionError\n"),
        ("print('a' + 1)\n", "!! TypeError\n"),
        ("print([1] < ['a'])\n", "!! TypeError\n"),
    ]);
}

#[test]
fn conditional_lambda_and_walrus() {
    check(&[
        ("print('y' if 0 else 'n', (lambda a, b=2: a * b)(3))\n", "n 6\n"),
        ("print([y for x in range(5) if (y := x * x) > 4], y)\n", "[9, 16] 16\n"),
        ("fs = [lambda: i for i in range(3)]\nprint([f() for f in fs])\n", "[2, 2, 2]\n"),
    ]);
}

#[test]
fn displays_and_comprehensions() {
    check(&[
        (
            "print([1, *'ab'], (1,), {3, 1} == {1, 3}, {'a': 1, **{'b': 2}})\n",
            "[1, 'a', 'b'] (1,) True {'a': 1, 'b': 2}\n",
        ),
        ("print({x: x * x for x in range(3)}, sorted({c for c in 'abca'}))\n", "{0: 0, 1: 1, 2: 4} ['a', 'b', 'c']\n"),
        (
            "print([(x, y) for x in range(3) for y in range(x)], sum(x for x in range(4)))\n",
            "[(1, 0), (2, 0), (2, 1)] 6\n",
        ),
        ("x = 'outer'\n[x for x in range(2)]\nprint(x)\n", "outer\n"),
        ("print({[1]: 2})\n", "!! TypeError\n"),
    ]);
}

#[test]
fn fstrings() {
    check(&[
        ("x = 3.14159\nprint(f'{x:.2f}|{x!r}|{x=}|{x:>{2 + 6}.1f}|{{}}')\n", "3.14|3.14159|x=3.14159|     3.1|{}\n"),
        ("print(f'{\"é\":*^5}{12345:,}{255:#x}{0.5:%}')\n", "**é**12,3450xff50.000000%\n"),
        ("print(f'{1:q}')\n", "!! ValueError\n"),
    ]);
}

#[test]
fn math_module_functions() {
    check(&[
        (
            "import math\nprint(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.isqrt(17), math.comb(5, 2))\n",
            "6 12 2432902008176640000 4 10\n",
        ),
        (
            "import math\nprint(math.log(8, 2), math.log10(1000), math.hypot(3, 4), math.fsum([0.1] * 10), math.trunc(-2.5))\n",
            "3.0 3.0 5.0 1.0 -2\n",
        ),
        ("import math\nmath.sqrt(-1)\n", "!! ValueError\n"),
        ("import math\nmath.log(0)\n", "!! ValueError\n"),
        ("import math\nmath.factorial(-1)\n", "!! ValueError\n"),
    ]);
}

#[test]
fn ids_tell_apart_what_is_tells_apart() {
    // pprint's recursion guard and copy's memo key on id(): a tuple or str must not share an id
    // with every other one.
    check(&[(
        "a, b, s = (1, [2]), (1, [2]), 'x' * 3\nprint(id(a) == id(b), id(a) == id(a), id(s) == id(s), id(s) == id(a))\n",
        "False True True False\n",
    )]);
}

//! One test per statement kind.

use super::check;

#[test]
fn expression_statements_and_assignment() {
    check(&[
        ("x = 1\nx\nprint(x)\n", "1\n"),
        ("a = b = [1]\na.append(2)\nprint(a, b, a is b)\n", "[1, 2] [1, 2] True\n"),
        ("a, (b, *c) = 1, (2, 3, 4)\nprint(a, b, c)\n", "1 2 [3, 4]\n"),
        ("d = {}\nd['k'] = 1\nd['k'] += 2\nprint(d)\n", "{'k': 3}\n"),
        ("x, y = 1\n", "!! TypeError\n"),
        ("x, y = [1, 2, 3]\n", "!! ValueError\n"),
    ]);
}

#[test]
fn augmented_and_annotated_assignment() {
    check(&[
        ("x = 5\nx -= 2\nx *= 3\nx //= 2\nx **= 2\nprint(x)\n", "16\n"),
        ("l = [1]\nm = l\nl += [2]\nprint(m)\n", "[1, 2]\n"),
        ("t = (1,)\nu = t\nt += (2,)\nprint(u, t)\n", "(1,) (1, 2)\n"),
        ("x: int = 3\ny: str\nprint(x)\n", "3\n"),
        ("class C:\n    a: int = 1\n    b: str\nprint(C.a, hasattr(C, 'b'))\n", "1 False\n"),
    ]);
}

#[test]
fn if_while_for_break_continue_pass() {
    check(&[
        ("for n in [1, 2, 3]:\n    if n == 2:\n        continue\n    print(n)\n", "1\n3\n"),
        ("for n in []:\n    pass\nelse:\n    print('empty else')\n", "empty else\n"),
        ("for n in range(5):\n    if n == 1:\n        break\nelse:\n    print('no')\nprint(n)\n", "1\n"),
        ("i = 0\nwhile i < 3:\n    i += 1\nelse:\n    print('done', i)\n", "done 3\n"),
        ("i = 0\nwhile True:\n    i += 1\n    if i > 4:\n        break\nprint(i)\n", "5\n"),
        ("x = 0\nif x:\n    print('a')\nelif x == 0:\n    print('b')\nelse:\n    print('c')\n", "b\n"),
    ]);
}

#[test]
fn functions_return_and_scopes() {
    check(&[
        ("def f():\n    pass\nprint(f())\n", "None\n"),
        ("def f(a, b=2, *c, d, **e):\n    return a, b, c, d, e\nprint(f(1, d=4, z=5))\n", "(1, 2, (), 4, {'z': 5})\n"),
        ("g = 0\ndef f():\n    global g\n    g += 1\nf()\nf()\nprint(g)\n", "2\n"),
        (
            "def o():\n    n = 0\n    def i():\n        nonlocal n\n        n += 1\n        return n\n    return i\nc = o()\nc()\nprint(c())\n",
            "2\n",
        ),
        ("x = 1\ndef f():\n    print(x)\n    x = 2\nf()\n", "!! UnboundLocalError\n"),
        ("def f():\n    if (n := 3) > 2:\n        return n\nprint(f())\n", "3\n"),
    ]);
}

#[test]
fn classes_and_decorators() {
    check(&[
        (
            "class A:\n    x = 1\n    def m(self):\n        return self.x\nclass B(A):\n    x = 2\nprint(A().m(), B().m())\n",
            "1 2\n",
        ),
        ("def deco(f):\n    return lambda: f() * 2\n@deco\ndef f():\n    return 21\nprint(f())\n", "42\n"),
        (
            "class A:\n    def __init__(self):\n        self.v = 1\nclass B(A):\n    def __init__(self):\n        super().__init__()\n        self.v += 1\nprint(B().v)\n",
            "2\n",
        ),
        ("class P:\n    @property\n    def v(self):\n        return 7\nP().v = 1\n", "!! AttributeError\n"),
    ]);
}

#[test]
fn raise_try_and_assert() {
    check(&[
        ("try:\n    raise KeyError('k')\nexcept LookupError as e:\n    print(type(e).__name__, e)\n", "KeyError 'k'\n"),
        (
            "try:\n    pass\nexcept Exception:\n    print('no')\nelse:\n    print('else')\nfinally:\n    print('fin')\n",
            "else\nfin\n",
        ),
        (
            "try:\n    try:\n        1 / 0\n    finally:\n        print('f')\nexcept ZeroDivisionError:\n    print('z')\n",
            "f\nz\n",
        ),
        (
            "try:\n    raise ValueError('a')\nexcept ValueError:\n    try:\n        raise\n    except ValueError as e:\n        print('again', e)\n",
            "again a\n",
        ),
        (
            "try:\n    raise TypeError('t') from KeyError('k')\nexcept TypeError as e:\n    print(repr(e.__cause__))\n",
            "KeyError('k')\n",
        ),
        ("assert 1 == 1\nassert 1 == 2, 'nope'\n", "!! AssertionError\n"),
        ("raise 5\n", "!! TypeError\n"),
        ("class E(Exception):\n    pass\nraise E('x')\n", "!! E\n"),
        ("def f():\n    try:\n        return 1\n    finally:\n        print('cleanup')\nprint(f())\n", "cleanup\n1\n"),
    ]);
}

#[test]
fn with_statements() {
    check(&[
        (
            "class C:\n    def __enter__(self):\n        print('in')\n        return 5\n    def __exit__(self, t, v, tb):\n        print('out', t.__name__ if t else None)\n        return True\nwith C() as x:\n    print(x)\n    1 / 0\nprint('after')\n",
            "in\n5\nout ZeroDivisionError\nafter\n",
        ),
        ("with 1:\n    pass\n", "!! TypeError\n"),
    ]);
}

#[test]
fn imports_and_delete() {
    check(&[
        ("from typing import List, Optional\nimport math\nprint(math.sqrt(16), math.pi > 3)\n", "4.0 True\n"),
        ("import numpy\n", "!! ModuleNotFoundError\n"),
        ("from typing import Nonexistent\n", "!! ImportError\n"),
        ("x = 1\ndel x\nprint(x)\n", "!! NameError\n"),
        ("l = [1, 2, 3, 4]\ndel l[::2]\nd = {'a': 1}\ndel d['a']\nprint(l, d)\n", "[2, 4] {}\n"),
    ]);
}

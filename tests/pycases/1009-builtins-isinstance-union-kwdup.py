from typing import Optional, Union
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.5, int | str))
print(isinstance(None, Optional[int]), isinstance(3, Union[str, float]), issubclass(bool, int | None))
print(isinstance(2, (str, int | float)))
def f(**kw):
    return kw
for call in [lambda: dict(a=1, **{"a": 2}), lambda: f(x=1, **{"x": 2}), lambda: f(**{"y": 1}, **{"y": 2})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
class K:
    def m(self, **kw):
        return kw
try:
    K().m(a=1, **{"a": 3})
except TypeError as e:
    print("TypeError", e)
print(dict(a=1, **{"b": 2}), f(**{"a": 1}, b=2))

import json
import math
print(math.isclose(1, 1.1, rel_tol=0.2), math.isclose(1, 1.1), math.isclose(0.0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(0.1 + 0.2, 0.3))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
class Meta(type):
    pass
class Plugin(metaclass=Meta):
    pass
print(object.__class__, int.__class__, Plugin.__class__, type.__class__, Meta.__class__)
print(Plugin().__class__.__class__.__name__, (3).__class__.__class__)
try:
    json.dumps({"kind": object})
except TypeError as e:
    print(e)

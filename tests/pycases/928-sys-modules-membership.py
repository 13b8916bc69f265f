import sys
import json
import collections

print("sys" in sys.modules, "json" in sys.modules, "collections" in sys.modules)
print(sys.modules["json"] is json, sys.modules.get("json") is json)
print(type(sys.modules).__name__, "surely_not_a_module_xyz" in sys.modules)
print(sys.modules.get("surely_not_a_module_xyz", "absent"))
print(sys.modules[__name__].__name__, __name__)
main = sys.modules["__main__"]
VALUE = 41
print(main.VALUE + 1, getattr(main, "VALUE"))
print(isinstance(sys.path, list), callable(sys.exit), callable(sys.getrecursionlimit))

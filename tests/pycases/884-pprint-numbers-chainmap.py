import pprint
from collections import ChainMap

big = {"population": 7900000000, "area": 510072000, "neg": -1234567, "small": 12}
pprint.pprint(big, underscore_numbers=True)
print(pprint.pformat([10**6, 2.5, True], underscore_numbers=True))
pprint.pprint(big, width=30, underscore_numbers=True, sort_dicts=False)
cm = ChainMap({"user": "ann", "theme": "dark"}, {"theme": "light", "lang": "en", "tz": "UTC"})
pprint.pprint(cm)
pprint.pprint(cm, width=40)
pprint.pprint({"nested": cm, "n": [1, 2]}, width=50)
pprint.pprint([1.5, -0.0, 1e100, float("inf"), None, True, "x"], width=20)

import pprint
from collections import OrderedDict, defaultdict, Counter, deque

od = OrderedDict([("zebra", 1), ("apple", [1, 2, 3]), ("mango", "fruit" * 5)])
pprint.pprint(od)
pprint.pprint(od, width=30)
dd = defaultdict(list, {"x": [1, 2], "a": list(range(15))})
pprint.pprint(dd)
pprint.pprint(dd, width=40)
c = Counter("abracadabra alakazam")
pprint.pprint(c)
pprint.pprint(c, width=30)
dq = deque(range(30), maxlen=40)
pprint.pprint(dq, width=40)
pprint.pprint(deque("ab"))
pprint.pprint(OrderedDict())

# Error messages name the standard library's C types as CPython does ('datetime.date', 'collections.deque'),
# and a sequence's repeat gives the message whichever side it is on.
from datetime import date, datetime, timedelta
from decimal import Decimal
from collections import deque, OrderedDict, defaultdict, Counter
class Box:
    pass
checks = [lambda: date(2024, 1, 1) + 1, lambda: date(2024, 1, 1).foo, lambda: len(date(2024, 1, 1)),
          lambda: Decimal(1) + 1.5j, lambda: deque().push, lambda: OrderedDict().foo, lambda: Counter().foo,
          lambda: defaultdict().foo, lambda: timedelta(1) * "x", lambda: date(2024, 1, 1)[0],
          lambda: datetime(2024, 1, 1)(), lambda: iter(date(2024, 1, 1)), lambda: Decimal("1") < "x",
          lambda: [1] * Box(), lambda: Box() * [1], lambda: "ab" * 1.5, lambda: 1.5 * "ab", lambda: None * (1,),
          lambda: b"x" * 2.0, lambda: Box() + 1, lambda: Box()()]
for check in checks:
    try:
        check()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

import pprint

cfg = {"zeta": 1, "alpha": {"nested": list("abcdefghij"), "more": {"deep": True}}, "mid": (1, 2)}
print(pprint.pformat(cfg))
print(pprint.pformat(cfg, width=30, indent=2))
pprint.pprint(cfg, depth=1)
pprint.pprint(cfg, sort_dicts=False)
pprint.pp({"z": 1, "a": 2})
pprint.pprint({5, 3, 1})
pprint.pprint([("x" * 30, "y" * 30), ("z" * 30,)])

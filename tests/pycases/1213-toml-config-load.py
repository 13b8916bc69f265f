import tomllib
CONFIG = """
title = "Inventory service"
debug = false
workers = 4
ratio = 0.75
tags = ["api", "internal"]

[database]
host = "localhost"
port = 5432
options = { timeout = 30, ssl = true }

[[endpoints]]
path = "/items"
methods = ["GET", "POST"]

[[endpoints]]
path = "/health"
methods = ["GET"]
"""
cfg = tomllib.loads(CONFIG)
print(cfg["title"], cfg["debug"], cfg["workers"] * 2, cfg["ratio"], cfg["tags"])
print(cfg["database"], cfg["database"]["options"]["timeout"])
for ep in cfg["endpoints"]:
    print(f"{ep['path']:<10}{','.join(ep['methods'])}")
print(sorted(cfg), type(cfg["database"]).__name__)
try:
    tomllib.loads("key = ")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError", isinstance(e, ValueError))
print(tomllib.loads('date = 2024-05-01\nt = 07:30:00\nn = 1_000\nh = 0xff')["n"])

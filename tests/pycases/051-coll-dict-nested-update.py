config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
config["db"]["port"] = 6543
config.setdefault("cache", {})["ttl"] = 60
print(config)
copy = dict(config)
copy["debug"] = True
copy["db"]["host"] = "remote"
print(config["debug"], config["db"]["host"])
merged = {**config, "debug": True, "extra": [1]}
print(merged)
print(config | {"debug": None})

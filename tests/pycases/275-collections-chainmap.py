from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["debug"])
print(sorted(config), len(config), "user" in config)
config["color"] = "blue"
print(cli, defaults["color"])
child = config.new_child({"user": "root"})
print(child["user"], child.parents["user"], len(child.maps))
print(ChainMap({"a": 1}, {"b": 2}))
try:
    del config["user"]
except KeyError as e:
    print("KeyError:", e)
print(dict(config), config.get("missing", "n/a"))

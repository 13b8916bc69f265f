def load(config):
    try:
        return config["port"]
    except KeyError:
        return int(config["default"])
print(load({"port": 80}))
print(load({"default": "8080"}))
try:
    load({"default": "eighty"})
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)
print(load({}))

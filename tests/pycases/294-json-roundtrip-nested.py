import json

config = {"db": {"url": "sqlite://", "echo": True, "pool": {"size": 5, "timeout": 30.0}}, "models": ["User", "Post"]}
text = json.dumps(config, indent=4)
print(text)
back = json.loads(text)
print(back == config, back["db"]["pool"]["timeout"])
print(json.dumps(config["models"], indent=None), len(json.dumps(config)))

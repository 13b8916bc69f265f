from pprint import pprint, pformat

config = {
    "server": {"host": "localhost", "port": 8080, "tls": False},
    "users": [{"name": "alice", "roles": ["admin", "dev"]},
              {"name": "bob", "roles": ["viewer"]}],
    "limits": {"cpu": 2.5, "memory": "512M", "paths": ["/var/log", "/tmp"]},
    "enabled": True,
}
pprint(config)
print("---")
pprint(config, sort_dicts=False)
print("---")
pprint({"b": 1, "a": 2})
pprint({"b": 1, "a": 2}, sort_dicts=False)

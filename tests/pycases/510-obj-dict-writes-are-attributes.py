# writes through obj.__dict__ are attributes, and attributes show in a held __dict__
class Config:
    def __init__(self, **options):
        self.__dict__.update(options)


c = Config(host="db", port=5432)
print(c.host, c.port)
c.__dict__["debug"] = True
print(c.debug)
d = c.__dict__
c.timeout = 30
print(d)
print(d is c.__dict__, c.__dict__ is c.__dict__)
del d["host"]
print(hasattr(c, "host"), sorted(c.__dict__))
d.pop("port")
d.setdefault("retries", 3)
print(c.retries, "port" in c.__dict__)
del c.timeout
print(d)
copy = dict(c.__dict__)
copy["extra"] = 1
print(hasattr(c, "extra"), sorted(copy))
c.__dict__.clear()
print(c.__dict__, hasattr(c, "debug"))

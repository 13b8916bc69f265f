def log(level, *messages, sep=" "):
    print(f"[{level}]", sep.join(str(m) for m in messages))
def info(*args, **kwargs):
    log("INFO", *args, **kwargs)
info("started", 3, "workers")
info("a", "b", sep="|")
values = [1, 2, 3]
options = {"sep": ", "}
log("DEBUG", *values, **options)
def count(*args, **kwargs):
    return len(args), sorted(kwargs)
print(count(), count(1, *"ab", x=1, **{"y": 2}))

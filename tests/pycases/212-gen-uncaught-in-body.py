def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key.strip(), int(value)

config = parse(["a = 1", "b = 2", "broken", "c = 3"])
print(next(config))
print(next(config))
print(dict(config))

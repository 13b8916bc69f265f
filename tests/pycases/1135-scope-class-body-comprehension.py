class Config:
    base = 10
    values = [1, 2, 3]
    first = [v for v in values]
    try:
        scaled = [v * base for v in values]
    except NameError as e:
        scaled = str(e)
    try:
        keyed = {v: base for v in values}
    except NameError as e:
        keyed = "dict: " + str(e)
    nested = [[w for w in range(v)] for v in values]


print(Config.first, Config.scaled, Config.keyed, Config.nested)
x = "module"


class Reader:
    x = "class"
    seen = [x for _ in range(2)]


print(Reader.seen)


def factory():
    scale = 3

    class Inner:
        scale = 100
        out = [v * scale for v in range(3)]

    return Inner.out


print(factory())

# A plugin registry built by a metaclass, with classes made both by `class` statements and `type()`.
class Registry(type):
    plugins = {}

    def __new__(mcls, name, bases, ns):
        print("Registry.__new__", name, [b.__name__ for b in bases])
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins[name.lower()] = cls
        return cls

    def __init__(cls, name, bases, ns):
        print("Registry.__init__", name, sorted(k for k in ns if not k.startswith("__")))
        super().__init__(name, bases, ns)


class Plugin(metaclass=Registry):
    fields = ("id",)


class Csv(Plugin):
    fields = Plugin.fields + ("sep",)


Json = type("Json", (Plugin,), {"fields": Plugin.fields + ("indent",), "pretty": True})
Plain = type("Plain", (object,), {"x": 1})
print(type(Json).__name__, type(Plain).__name__, isinstance(Json, Registry))
print(sorted(Registry.plugins), Registry.plugins["json"].fields, Json.pretty)
print(issubclass(Json, Plugin), Json.__mro__[1].__name__)

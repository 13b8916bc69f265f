registry = []
class PluginMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        print("new", name, bases, cls.__bases__)
        if bases:
            registry.append(name.lower())
        return cls
class Plugin(metaclass=PluginMeta):
    pass
class CsvPlugin(Plugin):
    pass
class JsonPlugin(Plugin):
    pass
print(registry, Plugin.__mro__)
Dyn = PluginMeta("Dyn", (), {"x": 1})
print(Dyn.x, Dyn.__bases__, type(Dyn).__name__)

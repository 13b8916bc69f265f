class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Csv(Plugin, name="csv"):
    pass

class Json(Plugin):
    pass

class Pretty(Json, name="pretty-json"):
    pass

print(sorted(Plugin.registry))
print(Pretty.plugin_name, Json.plugin_name)
print(Plugin.registry["csv"].__name__)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

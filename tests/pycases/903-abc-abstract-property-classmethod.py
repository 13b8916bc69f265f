from abc import ABC, abstractmethod

class Plugin(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...

print(sorted(Plugin.__abstractmethods__))

class Echo(Plugin):
    name = property(lambda self: "echo")

    @classmethod
    def create(cls):
        return cls()

    version = staticmethod(lambda: "1.0")

e = Echo.create()
print(e.name, Echo.version(), type(e).__name__)

class Half(Plugin):
    name = property(lambda self: "half")

try:
    Half()
except TypeError as err:
    print(err)
print(Plugin.name.__isabstractmethod__, isinstance(Plugin.__dict__["name"], property))

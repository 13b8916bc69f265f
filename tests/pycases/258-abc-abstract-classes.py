from abc import ABC, abstractmethod

class Repository(ABC):
    @abstractmethod
    def get(self, key):
        ...

    @abstractmethod
    def add(self, item):
        ...

    def get_or_default(self, key, default=None):
        try:
            return self.get(key)
        except KeyError:
            return default

class Partial(Repository):
    def get(self, key):
        return key

class Memory(Repository):
    def __init__(self):
        self.items = {}

    def get(self, key):
        return self.items[key]

    def add(self, item):
        self.items[item[0]] = item[1]

for cls in (Repository, Partial, Memory):
    try:
        repo = cls()
        repo.add(("a", 1))
        print(cls.__name__, repo.get("a"), repo.get_or_default("b", 0))
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Memory(), Repository), issubclass(Partial, ABC))

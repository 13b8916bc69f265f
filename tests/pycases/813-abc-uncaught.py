from abc import ABC, abstractmethod

class Repo(ABC):
    @abstractmethod
    def get(self, key):
        ...
    @abstractmethod
    def put(self, key, value):
        ...
    @abstractmethod
    def delete(self, key):
        ...

class Mem(Repo):
    def __init__(self):
        self.d = {}
    def get(self, key):
        return self.d.get(key)
    def put(self, key, value):
        self.d[key] = value
    def delete(self, key):
        self.d.pop(key, None)

m = Mem()
m.put("a", 1)
print(m.get("a"), m.get("b"))
m.delete("a")
print(m.d)
class Broken(Repo):
    def get(self, key):
        return 0
print("about to instantiate")
Broken()
print("unreachable")

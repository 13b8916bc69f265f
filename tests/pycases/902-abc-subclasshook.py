from abc import ABC, abstractmethod

class Closeable(ABC):
    @abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class File:
    def close(self):
        print("closed")

class Socket:
    def send(self):
        pass

class Child(File):
    pass

print(issubclass(File, Closeable), isinstance(File(), Closeable))
print(issubclass(Socket, Closeable))
print(issubclass(Child, Closeable))
print(isinstance(Socket(), Closeable))

class Concrete(Closeable):
    def close(self):
        return 1

print(issubclass(Concrete, Closeable), Concrete().close())

"""ormplay's abc: abstract base classes. Instantiating a class that still has abstract methods raises
TypeError, as CPython does for classes whose metaclass is ABCMeta."""


class ABCMeta(type):
    __marker_metaclass__ = True


class ABC:
    __abstract_base__ = True
    __slots__ = ()


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractproperty(func):
    return property(abstractmethod(func))

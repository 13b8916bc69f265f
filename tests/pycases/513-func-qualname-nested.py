# __qualname__ of methods of nested classes and of closures
class Outer:
    def method(self):
        def helper():
            pass
        return helper

    class Inner:
        def run(self):
            pass

        class Deep:
            @staticmethod
            def go():
                pass


print(Outer.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.Inner.__qualname__, Outer.Inner.run.__qualname__)
print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.go.__qualname__)


def factory():
    class Local:
        def m(self):
            pass
    return Local


print(factory().__qualname__, factory().m.__qualname__)
print(repr(Outer.Inner.run).split(" at ")[0])

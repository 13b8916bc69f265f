from abc import ABC, abstractmethod

class Handler(ABC):
    @abstractmethod
    def handle(self, request):
        print("base handle", request)
        return "base"

class Logging(Handler):
    def handle(self, request):
        result = super().handle(request)
        print("logging", request, result)
        return result.upper()

print(Logging().handle("GET /"))

class Template(ABC):
    def render(self):
        return f"<{self.tag()}>{self.body()}</{self.tag()}>"

    @abstractmethod
    def tag(self): ...

    @abstractmethod
    def body(self): ...

class P(Template):
    def tag(self):
        return "p"

    def body(self):
        return "hi"

print(P().render())
print(Template.__abstractmethods__ == {"tag", "body"})

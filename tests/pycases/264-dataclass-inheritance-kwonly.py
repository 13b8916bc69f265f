from dataclasses import dataclass, field, KW_ONLY

@dataclass
class Base:
    id: int
    created: str = "today"

@dataclass
class User(Base):
    name: str = "anon"
    roles: list = field(default_factory=lambda: ["viewer"])

@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    depth: int = 1
@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80

print(User(1), User(2, "yesterday", "bob", ["admin"]))
print(Options("/tmp", verbose=True), Config(host="h"))
try:
    Options("/", True)
except TypeError as e:
    print("TypeError:", e)
try:
    Config("h")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

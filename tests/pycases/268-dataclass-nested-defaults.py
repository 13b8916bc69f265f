from dataclasses import dataclass, field, asdict

@dataclass
class Settings:
    theme: str = "light"
    sizes: dict = field(default_factory=lambda: {"font": 12})

@dataclass
class Profile:
    user: str
    settings: Settings = field(default_factory=Settings)
    friends: list = field(default_factory=list)

a = Profile("ann")
b = Profile("bob", Settings("dark"), ["ann"])
a.settings.sizes["font"] = 14
print(a)
print(b)
print(asdict(b)["settings"], Profile("cy").settings.sizes)
print(Profile.__init__.__qualname__, Settings().__class__.__name__)

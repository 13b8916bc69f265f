from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

versions = [Version(1, 2), Version(0, 9, 9), Version(1, 2, 1), Version(1)]
print(sorted(versions))
print(max(versions), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))
print(len({Version(1), Version(1, 0, 0), Version(2)}))
try:
    versions[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del versions[0].minor
except AttributeError as e:
    print("AttributeError:", e)
print(Version(1) == (1, 0, 0))

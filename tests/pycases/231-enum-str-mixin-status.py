import enum

class Status(str, enum.Enum):
    ACTIVE = "active"
    BANNED = "banned"

print(Status.ACTIVE, repr(Status.BANNED), f"[{Status.ACTIVE}]")
print(Status.ACTIVE == "active", Status("banned"), Status.ACTIVE.upper())
print(isinstance(Status.ACTIVE, str), Status.ACTIVE.value, len(Status.BANNED))
print(sorted(s.value for s in Status))
print([s for s in Status if s.value.startswith("b")])
print(Status.__members__)
print(Status.ACTIVE.name.lower() == Status.ACTIVE)

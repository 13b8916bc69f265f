from dataclasses import dataclass, field
from operator import attrgetter

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    done: bool = field(default=False, compare=False)

tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "rest", True)]
print(sorted(tasks))
print([t.name for t in sorted(tasks, key=attrgetter("name"))])
print(min(tasks).name, [t.name for t in tasks if not t.done])
print(Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"))
try:
    Task(1, "a") < 2
except TypeError as e:
    print("TypeError:", e)

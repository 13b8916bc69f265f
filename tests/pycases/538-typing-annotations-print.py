# printing annotations of dataclass-style and typed classes
from typing import ClassVar, Dict, List, Optional
from dataclasses import dataclass, field, fields


@dataclass
class Order:
    id: int
    items: List[str] = field(default_factory=list)
    note: Optional[str] = None
    meta: Dict[str, int] = field(default_factory=dict)
    total: "float" = 0.0
    registry: ClassVar[dict] = {}


for f in fields(Order):
    print(f.name, f.type)
print(Order.__annotations__["registry"])
print(Order(1))

import dataclasses
from sqlalchemy import create_engine, String, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, composite, Session


@dataclasses.dataclass
class Point:
    x: int
    y: int

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2


class Base(DeclarativeBase):
    pass


class Segment(Base):
    __tablename__ = "segment"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(10))
    start: Mapped[Point] = composite(mapped_column("x1"), mapped_column("y1"))
    end: Mapped[Point] = composite(mapped_column("x2"), mapped_column("y2"))

    def __repr__(self):
        return f"Segment({self.label}: {self.start} -> {self.end})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

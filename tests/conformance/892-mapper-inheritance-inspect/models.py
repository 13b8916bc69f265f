from sqlalchemy import create_engine, ForeignKey, String, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Shape(Base):
    __tablename__ = "shape"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "shape"}


class Circle(Shape):
    radius: Mapped[float | None]
    __mapper_args__ = {"polymorphic_identity": "circle"}


class Box(Shape):
    __tablename__ = "box"
    id: Mapped[int] = mapped_column(ForeignKey("shape.id"), primary_key=True)
    side: Mapped[float]
    __mapper_args__ = {"polymorphic_identity": "box"}


class Cube(Box):
    __mapper_args__ = {"polymorphic_identity": "cube"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

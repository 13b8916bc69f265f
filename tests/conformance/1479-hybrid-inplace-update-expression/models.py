from sqlalchemy import create_engine, String, select, func, update
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Interval(Base):
    __tablename__ = "interval"
    id: Mapped[int] = mapped_column(primary_key=True)
    start: Mapped[int]
    end: Mapped[int]

    @hybrid_property
    def length(self) -> int:
        return self.end - self.start

    @length.inplace.setter
    def _length_setter(self, value: int) -> None:
        self.end = self.start + value

    @length.inplace.update_expression
    @classmethod
    def _length_update_expression(cls, value):
        return [(cls.end, cls.start + value)]

    @hybrid_property
    def radius(self) -> float:
        return abs(self.length) / 2

    @radius.inplace.expression
    @classmethod
    def _radius_expression(cls):
        return func.abs(cls.length) / 2

    def __repr__(self):
        return f"Interval({self.start}, {self.end})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

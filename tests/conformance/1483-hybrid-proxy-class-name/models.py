from sqlalchemy import create_engine, String, func, case, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.ext.hybrid import hybrid_property, hybrid_method


class Base(DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    first: Mapped[str] = mapped_column(String(30))
    last: Mapped[str] = mapped_column(String(30))
    born: Mapped[int]
    score: Mapped[int] = mapped_column(default=0)

    @hybrid_property
    def full_name(self):
        return self.first + " " + self.last

    @full_name.setter
    def full_name(self, value):
        self.first, self.last = value.split(" ", 1)

    @hybrid_property
    def grade(self):
        if self.score >= 90:
            return "A"
        elif self.score >= 70:
            return "B"
        return "C"

    @grade.expression
    def grade(cls):
        return case((cls.score >= 90, "A"), (cls.score >= 70, "B"), else_="C")

    @hybrid_method
    def age_in(self, year):
        return year - self.born

    @hybrid_method
    def born_between(self, a, b):
        return (self.born >= a) & (self.born <= b)

    @hybrid_property
    def initials(self):
        return self.first[0] + self.last[0]

    @initials.inplace.expression
    @classmethod
    def _initials_expr(cls):
        return func.substr(cls.first, 1, 1) + func.substr(cls.last, 1, 1)

    def __repr__(self):
        return f"<{self.full_name} {self.grade}>"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

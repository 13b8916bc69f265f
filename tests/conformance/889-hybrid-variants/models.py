from sqlalchemy import create_engine, ForeignKey, String, select, func, case, or_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased
from sqlalchemy.ext.hybrid import hybrid_property, hybrid_method, Comparator


class Base(DeclarativeBase):
    pass


class CaseInsensitive(Comparator):
    def operate(self, op, other, **kwargs):
        return op(func.lower(self.__clause_element__()), func.lower(other), **kwargs)


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    first: Mapped[str] = mapped_column(String(30))
    last: Mapped[str] = mapped_column(String(30))
    age: Mapped[int]

    @hybrid_property
    def full_name(self):
        """First and last name."""
        return self.first + " " + self.last

    @hybrid_property
    def is_adult(self):
        return self.age >= 18

    @is_adult.expression
    def is_adult(cls):
        return case((cls.age >= 18, True), else_=False)

    @hybrid_property
    def last_ci(self):
        return self.last.lower()

    @last_ci.comparator
    def last_ci(cls):
        return CaseInsensitive(cls.last)

    @hybrid_method
    def older_than(self, years):
        return self.age > years

    @hybrid_method
    def name_starts(self, prefix):
        return self.first.startswith(prefix)

    @name_starts.expression
    @classmethod
    def name_starts(cls, prefix):
        return cls.first.like(prefix + "%")

    def __repr__(self):
        return f"Person({self.first!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, func
from sqlalchemy.ext.hybrid import hybrid_property, hybrid_method
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, aliased, column_property


class Base(DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    first: Mapped[str] = mapped_column(String(20))
    last: Mapped[str] = mapped_column(String(20))
    born: Mapped[int]
    mentor_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    mentor: Mapped[Optional["Person"]] = relationship(remote_side=[id])
    initials = column_property(func.substr(first, 1, 1) + func.substr(last, 1, 1))

    @hybrid_property
    def full(self):
        return self.first + " " + self.last

    @hybrid_method
    def older_than(self, year):
        return self.born < year


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, func, update, delete
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = "ticket"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10), default="open")
    priority: Mapped[int] = mapped_column(default=3)
    kind: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "ticket"}

    @hybrid_property
    def urgent(self):
        return self.priority <= 1

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.status})"


class Bug(Ticket):
    severity: Mapped[Optional[str]] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_identity": "bug"}


class Feature(Ticket):
    votes: Mapped[Optional[int]] = mapped_column(default=0)
    __mapper_args__ = {"polymorphic_identity": "feature"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

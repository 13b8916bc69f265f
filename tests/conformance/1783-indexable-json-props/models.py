from sqlalchemy import create_engine, String, select, JSON
from sqlalchemy.ext.indexable import index_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    name = index_property("data", "name")
    city = index_property("data", "city", default=None)

    def __repr__(self):
        return f"Person({self.name})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

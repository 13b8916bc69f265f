from sqlalchemy import create_engine, String, select, JSON
from sqlalchemy.ext.indexable import index_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Point(Base):
    __tablename__ = "point"
    id: Mapped[int] = mapped_column(primary_key=True)
    coords: Mapped[list] = mapped_column(JSON, nullable=True)
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    x = index_property("coords", 0)
    y = index_property("coords", 1, default=0)
    label = index_property("meta", "label", default="?")
    kind = index_property("meta", "kind", mutable=False)

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.label})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

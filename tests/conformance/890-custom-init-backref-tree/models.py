from sqlalchemy import create_engine, Integer, String, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased, joinedload


class Base(DeclarativeBase):
    pass


class Category(Base):
    __tablename__ = "category"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    parent: Mapped["Category | None"] = relationship(back_populates="children", remote_side=[id])
    children: Mapped[list["Category"]] = relationship(back_populates="parent", lazy="joined", join_depth=1)

    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent

    def __repr__(self):
        return f"<Category {self.name}>"

    def walk(self, depth=0):
        yield "  " * depth + self.name
        for c in self.children:
            yield from c.walk(depth + 1)


engine = create_engine("sqlite://", echo=False)
Base.metadata.create_all(engine)

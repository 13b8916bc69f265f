from sqlalchemy import ForeignKey, String, create_engine, select, text, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.orm.util import identity_key


class Base(DeclarativeBase):
    pass


class Shelf(Base):
    __tablename__ = "shelf"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(20))
    books: Mapped[list["Book"]] = relationship(back_populates="shelf")


class Book(Base):
    __tablename__ = "book"
    isbn: Mapped[str] = mapped_column(String(13), primary_key=True)
    edition: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(50))
    stock: Mapped[int] = mapped_column(default=0)
    shelf_id: Mapped[int | None] = mapped_column(ForeignKey("shelf.id"))
    shelf: Mapped[Shelf | None] = relationship(back_populates="books")

    def __repr__(self):
        return f"Book({self.title!r}, ed={self.edition}, stock={self.stock})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add(Shelf(id=1, label="A", books=[Book(isbn="111", edition=1, title="Dune", stock=3), Book(isbn="111", edition=2, title="Dune II", stock=1)]))
    s.commit()

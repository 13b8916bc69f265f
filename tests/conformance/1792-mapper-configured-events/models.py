from sqlalchemy import create_engine, String, ForeignKey, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, configure_mappers, Mapper

seen = []


class Base(DeclarativeBase):
    pass


class Timestamped:
    pass


@event.listens_for(Timestamped, "mapper_configured", propagate=True)
def stamp(mapper, class_):
    seen.append(f"stamped {class_.__name__} {mapper.local_table.name}")


@event.listens_for(Base, "mapper_configured", propagate=True)
def every(mapper, class_):
    seen.append(f"base {class_.__name__} {sorted(mapper.relationships.keys())}")


@event.listens_for(Mapper, "after_configured")
def done():
    seen.append("after_configured")


class Author(Timestamped, Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    books: Mapped[list["Book"]] = relationship(back_populates="author")


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship(back_populates="books")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

from sqlalchemy import create_engine, ForeignKey, String, event, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    books: Mapped[list["Book"]] = relationship(back_populates="author", cascade="all, delete-orphan")

    def __repr__(self):
        return f"Author({self.name!r})"


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(30))
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    author: Mapped["Author"] = relationship(back_populates="books")

    def __repr__(self):
        return f"Book({self.title!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

log = []

for name in [
    "transient_to_pending",
    "pending_to_persistent",
    "pending_to_transient",
    "persistent_to_transient",
    "persistent_to_deleted",
    "deleted_to_detached",
    "persistent_to_detached",
    "detached_to_persistent",
    "deleted_to_persistent",
    "loaded_as_persistent",
]:
    def make(name):
        def listener(session, instance):
            print(f"{name}: {type(instance).__name__} {inspect(instance).identity}")
        return listener
    event.listen(Session, name, make(name))


@event.listens_for(Session, "after_rollback")
def after_rollback(session):
    print("after_rollback")

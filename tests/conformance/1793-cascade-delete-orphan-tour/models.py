from sqlalchemy import create_engine, String, ForeignKey, select, func, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


@event.listens_for(Engine, "connect")
def set_sqlite_pragma(dbapi_connection, connection_record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Base(DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = "parent"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    plain: Mapped[list["PlainChild"]] = relationship(back_populates="parent")
    owned: Mapped[list["OwnedChild"]] = relationship(cascade="all, delete-orphan", back_populates="parent")
    dbside: Mapped[list["DbChild"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    nullable: Mapped[list["NullChild"]] = relationship()


class PlainChild(Base):
    __tablename__ = "plain_child"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("parent.id"))
    parent: Mapped[Parent | None] = relationship(back_populates="plain")


class OwnedChild(Base):
    __tablename__ = "owned_child"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id"))
    parent: Mapped[Parent] = relationship(back_populates="owned")


class DbChild(Base):
    __tablename__ = "db_child"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id", ondelete="CASCADE"))


class NullChild(Base):
    __tablename__ = "null_child"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("parent.id", ondelete="SET NULL"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

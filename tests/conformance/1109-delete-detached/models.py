from typing import List
from sqlalchemy import ForeignKey, String, create_engine, select, func, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, sessionmaker


class Base(DeclarativeBase):
    pass


class Album(Base):
    __tablename__ = "albums"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40))
    tracks: Mapped[List["Track"]] = relationship(back_populates="album", cascade="all, delete-orphan")

    def __repr__(self):
        return f"Album({self.title!r})"


class Track(Base):
    __tablename__ = "tracks"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    album_id: Mapped[int] = mapped_column(ForeignKey("albums.id"))
    album: Mapped[Album] = relationship(back_populates="tracks")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(engine)

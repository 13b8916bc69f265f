from typing import List, Optional
from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Playlist(Base):
    __tablename__ = "playlist"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(30))
    songs: Mapped[List["Song"]] = relationship(back_populates="playlist")

    def __repr__(self):
        return f"Playlist({self.title!r})"


class Song(Base):
    __tablename__ = "song"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    playlist_id: Mapped[Optional[int]] = mapped_column(ForeignKey("playlist.id"))
    playlist: Mapped[Optional[Playlist]] = relationship(back_populates="songs")

    def __repr__(self):
        return f"Song({self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

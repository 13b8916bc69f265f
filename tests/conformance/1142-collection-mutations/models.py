from sqlalchemy import create_engine, ForeignKey, String, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Playlist(Base):
    __tablename__ = "playlist"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    songs: Mapped[list["Song"]] = relationship(back_populates="playlist", cascade="all, delete-orphan", order_by="Song.title")

    def __repr__(self):
        return f"Playlist({self.name}, {len(self.songs)} songs)"


class Song(Base):
    __tablename__ = "song"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(60))
    seconds: Mapped[int]
    playlist_id: Mapped[int | None] = mapped_column(ForeignKey("playlist.id"))
    playlist: Mapped[Playlist | None] = relationship(back_populates="songs")

    def __repr__(self):
        return self.title


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

from sqlalchemy import create_engine, String, ForeignKey, select, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, validates

log = []


class Base(DeclarativeBase):
    pass


class Playlist(Base):
    __tablename__ = "playlist"
    id: Mapped[int] = mapped_column(primary_key=True)
    songs: Mapped[list["Song"]] = relationship(back_populates="playlist", cascade="all, delete-orphan")


class Song(Base):
    __tablename__ = "song"
    id: Mapped[int] = mapped_column(primary_key=True)
    playlist_id: Mapped[int] = mapped_column(ForeignKey("playlist.id"))
    title: Mapped[str] = mapped_column(String(30))
    playlist: Mapped[Playlist] = relationship(back_populates="songs")

    def __repr__(self):
        return self.title


@event.listens_for(Playlist.songs, "append", retval=True)
def on_append(target, value, initiator):
    log.append(f"append {value.title}")
    value.title = value.title.strip().title()
    return value


@event.listens_for(Playlist.songs, "remove")
def on_remove(target, value, initiator):
    log.append(f"remove {value.title}")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

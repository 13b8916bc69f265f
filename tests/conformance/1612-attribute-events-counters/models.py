from sqlalchemy import create_engine, String, ForeignKey, select, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Playlist(Base):
    __tablename__ = "playlist"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    track_count: Mapped[int] = mapped_column(default=0)
    total_seconds: Mapped[int] = mapped_column(default=0)
    tracks: Mapped[list["Track"]] = relationship(back_populates="playlist")


class Track(Base):
    __tablename__ = "track"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(30))
    seconds: Mapped[int]
    playlist_id: Mapped[int | None] = mapped_column(ForeignKey("playlist.id"))
    playlist: Mapped[Playlist | None] = relationship(back_populates="tracks")


changes = []


@event.listens_for(Playlist.tracks, "append")
def on_append(target, value, initiator):
    target.track_count = (target.track_count or 0) + 1
    target.total_seconds = (target.total_seconds or 0) + value.seconds
    changes.append(f"+{value.title}")


@event.listens_for(Playlist.tracks, "remove")
def on_remove(target, value, initiator):
    target.track_count -= 1
    target.total_seconds -= value.seconds
    changes.append(f"-{value.title}")


@event.listens_for(Track.seconds, "set")
def on_seconds(target, value, oldvalue, initiator):
    if target.playlist is not None and isinstance(oldvalue, int):
        target.playlist.total_seconds += value - oldvalue
    changes.append(f"{target.title}:{oldvalue if isinstance(oldvalue, int) else '?'}->{value}")


@event.listens_for(Track.title, "set", retval=True)
def clean_title(target, value, oldvalue, initiator):
    return value.strip().title()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

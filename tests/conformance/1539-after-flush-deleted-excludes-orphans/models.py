from sqlalchemy import create_engine, String, ForeignKey, select, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


log = []


class Album(Base):
    __tablename__ = "album"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(20))
    photos: Mapped[list["Photo"]] = relationship(back_populates="album", cascade="all, delete-orphan", order_by="Photo.id")


class Photo(Base):
    __tablename__ = "photo"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    album_id: Mapped[int] = mapped_column(ForeignKey("album.id"))
    album: Mapped[Album] = relationship(back_populates="photos")
    comments: Mapped[list["PhotoComment"]] = relationship(cascade="all, delete-orphan")


class PhotoComment(Base):
    __tablename__ = "photo_comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id"))
    text: Mapped[str]


for cls in (Album, Photo, PhotoComment):
    for ev in ("before_delete", "after_delete", "before_insert", "after_insert", "before_update", "after_update"):
        def make(ev=ev):
            def fn(mapper, conn, target):
                log.append(f"{ev}:{type(target).__name__}:{getattr(target, 'title', None) or getattr(target, 'name', None) or target.text}")
            return fn
        event.listen(cls, ev, make())


@event.listens_for(Session, "after_flush")
def af(session, ctx):
    log.append(f"after_flush new={len(session.new)} deleted={len(session.deleted)}")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

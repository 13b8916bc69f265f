from typing import List, Optional
from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Folder(Base):
    __tablename__ = "folders"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    cover_id: Mapped[Optional[int]] = mapped_column(ForeignKey("photos.id", use_alter=True))
    photos: Mapped[List["Photo"]] = relationship(back_populates="folder", foreign_keys="Photo.folder_id")
    cover: Mapped[Optional["Photo"]] = relationship(foreign_keys=[cover_id], post_update=True)

    def __repr__(self):
        return f"Folder({self.name!r}, cover={self.cover.title if self.cover else None})"


class Photo(Base):
    __tablename__ = "photos"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(30))
    folder_id: Mapped[int] = mapped_column(ForeignKey("folders.id"))
    folder: Mapped[Folder] = relationship(back_populates="photos", foreign_keys=[folder_id])


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

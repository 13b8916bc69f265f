from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Album(Base):
    __tablename__ = "albums"
    id = Column(Integer, primary_key=True)
    title = Column(String(20))
    photos = relationship("Photo", back_populates="album", cascade="all, delete-orphan")


class Photo(Base):
    __tablename__ = "photos"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    size = Column(Integer)
    album_id = Column(Integer, ForeignKey("albums.id"))
    album = relationship("Album", back_populates="photos")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)

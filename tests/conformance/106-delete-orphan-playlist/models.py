from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Playlist(Base):
    __tablename__ = "playlists"
    id = Column(Integer, primary_key=True)
    title = Column(String(40))
    tracks = relationship("Track", back_populates="playlist", cascade="all, delete-orphan")


class Track(Base):
    __tablename__ = "tracks"
    id = Column(Integer, primary_key=True)
    song = Column(String(40))
    seconds = Column(Integer, default=180)
    playlist_id = Column(Integer, ForeignKey("playlists.id"), nullable=False)
    playlist = relationship("Playlist", back_populates="tracks")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(bind=engine)

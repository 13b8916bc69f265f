from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, sessionmaker
from sqlalchemy.ext.orderinglist import ordering_list

Base = declarative_base()


class Playlist(Base):
    __tablename__ = "playlist"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    tracks = relationship(
        "Track",
        order_by="Track.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )


class Track(Base):
    __tablename__ = "track"
    id = Column(Integer, primary_key=True)
    playlist_id = Column(Integer, ForeignKey("playlist.id"))
    title = Column(String(50))
    position = Column(Integer)

    def __repr__(self):
        return f"{self.position}:{self.title}"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)

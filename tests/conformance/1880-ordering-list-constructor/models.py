from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session
from sqlalchemy.ext.orderinglist import ordering_list

Base = declarative_base()


class Playlist(Base):
    __tablename__ = "playlists"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    tracks = relationship(
        "Track", order_by="Track.position", collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    steps = relationship(
        "Step", order_by="Step.number", collection_class=ordering_list("number", count_from=1),
        cascade="all, delete-orphan",
    )


class Track(Base):
    __tablename__ = "tracks"
    id = Column(Integer, primary_key=True)
    playlist_id = Column(Integer, ForeignKey("playlists.id"))
    position = Column(Integer)
    title = Column(String)

    def __repr__(self):
        return f"{self.title}@{self.position}"


class Step(Base):
    __tablename__ = "steps"
    id = Column(Integer, primary_key=True)
    playlist_id = Column(Integer, ForeignKey("playlists.id"))
    number = Column(Integer)
    text = Column(String)

    def __repr__(self):
        return f"{self.text}#{self.number}"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

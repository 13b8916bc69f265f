from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Folder(Base):
    __tablename__ = "folders"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    files = relationship("File", back_populates="folder", cascade="all, delete-orphan", passive_deletes=True)
    notes = relationship("Note", back_populates="folder", passive_deletes=True)


class File(Base):
    __tablename__ = "files"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    folder_id = Column(Integer, ForeignKey("folders.id", ondelete="CASCADE"))
    folder = relationship("Folder", back_populates="files")


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    text = Column(String(30))
    folder_id = Column(Integer, ForeignKey("folders.id", ondelete="CASCADE"))
    folder = relationship("Folder", back_populates="notes")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)

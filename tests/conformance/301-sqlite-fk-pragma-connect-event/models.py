# Enforcing foreign keys on SQLite with a "connect" event + ondelete='CASCADE' / passive_deletes (docs SQLite dialect page; very common Q&A)
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import declarative_base, relationship, sessionmaker


@event.listens_for(Engine, "connect")
def set_sqlite_pragma(dbapi_connection, connection_record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


Base = declarative_base()


class Parent(Base):
    __tablename__ = 'parent'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    children = relationship('Child', back_populates='parent', cascade='all, delete', passive_deletes=True)


class Child(Base):
    __tablename__ = 'child'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    parent_id = Column(Integer, ForeignKey('parent.id', ondelete='CASCADE'))
    parent = relationship('Parent', back_populates='children')


class Note(Base):
    __tablename__ = 'note'
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey('parent.id'))


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()

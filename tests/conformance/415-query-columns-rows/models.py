# Row objects from column queries: printing, indexing, unpacking, ._fields, with_entities, scalar(), keyed tuples
from sqlalchemy import create_engine, Column, Integer, String, Float, func
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Movie(Base):
    __tablename__ = 'movies'
    id = Column(Integer, primary_key=True)
    title = Column(String)
    year = Column(Integer)
    rating = Column(Float)


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()
session.add_all([Movie(title='Alien', year=1979, rating=8.5), Movie(title='Heat', year=1995, rating=8.3), Movie(title='Up', year=2009, rating=8.2)])
session.commit()

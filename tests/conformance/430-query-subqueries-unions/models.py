# Legacy Query as SQLAlchemy 2.x builds it: subqueries, aliased entities over them, IN / EXISTS with
# queries, count(), slicing, unions, from_statement, with_parent (the 1.x ORM tutorial's patterns)
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, func, text
from sqlalchemy.orm import declarative_base, relationship, Session, aliased

Base = declarative_base()


class Author(Base):
    __tablename__ = 'authors'
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    books = relationship('Book', back_populates='author')

    def __repr__(self):
        return f'<Author {self.name}>'


class Book(Base):
    __tablename__ = 'books'
    id = Column(Integer, primary_key=True)
    title = Column(String(50))
    pages = Column(Integer)
    author_id = Column(Integer, ForeignKey('authors.id'))
    author = relationship('Author', back_populates='books')

    def __repr__(self):
        return f'<Book {self.title}>'


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = Session(engine)
session.add_all([
    Author(name='ann', books=[Book(title='Dune', pages=600), Book(title='Emma', pages=300)]),
    Author(name='bob', books=[Book(title='Ulysses', pages=700)]),
    Author(name='cy'),
])
session.commit()

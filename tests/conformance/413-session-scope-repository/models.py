# session_scope() context manager (1.x docs "When do I construct a Session") + CRUD repository functions
from contextlib import contextmanager
from sqlalchemy import create_engine, Column, Integer, String, Float
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Book(Base):
    __tablename__ = 'books'
    id = Column(Integer, primary_key=True, autoincrement=True)
    title = Column(String(100), nullable=False)
    author = Column(String(100))
    price = Column(Float)

    def __repr__(self):
        return "<Book(title='{}', author='{}', price={})>".format(self.title, self.author, self.price)


engine = create_engine('sqlite:///:memory:')
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope():
    session = Session()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def create_book(title, author, price):
    with session_scope() as s:
        book = Book(title=title, author=author, price=price)
        s.add(book)
    return book


def get_book(book_id):
    with session_scope() as s:
        return s.query(Book).get(book_id)


def update_price(book_id, price):
    with session_scope() as s:
        book = s.query(Book).filter(Book.id == book_id).first()
        if not book:
            return None
        book.price = price
        return book


def delete_book(book_id):
    with session_scope() as s:
        book = s.query(Book).get(book_id)
        if book:
            s.delete(book)
            return True
        return False

# Course exercise: library system (Member/Book/Loan) with business functions and error handling
from sqlalchemy import create_engine, Column, Integer, String, Boolean, ForeignKey, func
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Member(Base):
    __tablename__ = 'members'
    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)
    loans = relationship('Loan', back_populates='member')

    def __repr__(self):
        return f"Member({self.name})"


class Book(Base):
    __tablename__ = 'books'
    id = Column(Integer, primary_key=True)
    title = Column(String(100), nullable=False)
    available = Column(Boolean, default=True)
    loans = relationship('Loan', back_populates='book')

    def __repr__(self):
        return f"Book({self.title!r}, available={self.available})"


class Loan(Base):
    __tablename__ = 'loans'
    id = Column(Integer, primary_key=True)
    member_id = Column(Integer, ForeignKey('members.id'))
    book_id = Column(Integer, ForeignKey('books.id'))
    day_out = Column(Integer)
    day_back = Column(Integer, nullable=True)
    member = relationship('Member', back_populates='loans')
    book = relationship('Book', back_populates='loans')


class LibraryError(Exception):
    pass


def borrow(session, member_name, title, day):
    member = session.query(Member).filter_by(name=member_name).one()
    book = session.query(Book).filter_by(title=title).first()
    if book is None:
        raise LibraryError(f"no such book {title}")
    if not book.available:
        raise LibraryError(f"{title} is already on loan")
    book.available = False
    loan = Loan(member=member, book=book, day_out=day)
    session.add(loan)
    session.commit()
    return loan


def give_back(session, title, day):
    loan = (session.query(Loan).join(Book).filter(Book.title == title, Loan.day_back.is_(None)).one())
    loan.day_back = day
    loan.book.available = True
    session.commit()
    return day - loan.day_out


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)

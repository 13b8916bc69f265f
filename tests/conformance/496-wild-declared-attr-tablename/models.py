from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, declared_attr, relationship, sessionmaker


class CustomBase:
    @declared_attr
    def __tablename__(cls):
        return cls.__name__.lower() + "s"

    id = Column(Integer, primary_key=True)

    def __repr__(self):
        fields = ", ".join(f"{c.name}={getattr(self, c.name)!r}" for c in self.__table__.columns)
        return f"{type(self).__name__}({fields})"


Base = declarative_base(cls=CustomBase)


class Author(Base):
    name = Column(String(50))
    books = relationship("Book", back_populates="author")


class Book(Base):
    title = Column(String(100))
    author_id = Column(Integer, ForeignKey("authors.id"))
    author = relationship("Author", back_populates="books")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(bind=engine, autoflush=False)

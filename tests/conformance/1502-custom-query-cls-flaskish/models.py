from sqlalchemy import create_engine, String, ForeignKey, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, Query, sessionmaker, scoped_session


class NotFound(Exception):
    pass


class BaseQuery(Query):
    def get_or_404(self, ident):
        obj = self.get(ident)
        if obj is None:
            raise NotFound(f"404: {self.column_descriptions[0]['name']} {ident}")
        return obj

    def first_or_404(self):
        obj = self.first()
        if obj is None:
            raise NotFound("404: no match")
        return obj

    def paginate(self, page, per_page):
        total = self.order_by(None).count()
        items = self.limit(per_page).offset((page - 1) * per_page).all()
        return {"page": page, "total": total, "items": items}


engine = create_engine("sqlite://")
db_session = scoped_session(sessionmaker(bind=engine, query_cls=BaseQuery))


class Base(DeclarativeBase):
    pass


Base.query = db_session.query_property()


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    books: Mapped[list["Book"]] = relationship(back_populates="author", lazy="dynamic")

    def __repr__(self):
        return f"<Author {self.name}>"


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(50))
    year: Mapped[int]
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship(back_populates="books")

    def __repr__(self):
        return f"<Book {self.title}>"


Base.metadata.create_all(engine)

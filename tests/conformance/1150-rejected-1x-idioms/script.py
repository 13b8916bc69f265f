from sqlalchemy import Column, Integer, String, UniqueConstraint, case, select
from sqlalchemy.exc import ArgumentError

session = Session()
session.add_all([Book(title="Dune", pages=412), Book(title="Emma", pages=474), Book(title="Ubik", pages=202)])
session.commit()


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ArgumentError) as e:
        print(label, "!!", type(e).__name__, e)


attempt("filter kw", lambda: session.query(Book).filter(title="Dune").all())
attempt("filter mixed", lambda: session.query(Book).filter(Book.pages > 300, title="Dune").all())
attempt("filter_by", lambda: session.query(Book).filter_by(title="Dune").all())
attempt("order_by kw", lambda: session.query(Book).order_by(Book.id, desc=True).all())
attempt("case list", lambda: case([(Book.pages > 400, "long")], else_="short"))
attempt("case tuples", lambda: session.scalars(select(case((Book.pages > 400, "long"), else_="short")).order_by(Book.id)).all())
attempt("order_by 1", lambda: select(Book.title).order_by(1))
attempt("group_by 2", lambda: select(Book.title).group_by(2))
attempt("query order_by 1", lambda: session.query(Book).order_by(1).all())
attempt("order_by None", lambda: session.query(Book).order_by(None).order_by(Book.pages).all())
attempt("autocommit", lambda: Session(autocommit=True))
attempt("autocommit False", lambda: type(Session(autocommit=False)).__name__)
try:
    class Shelf(Base):
        __tablename__ = "shelf"
        id = Column(Integer, primary_key=True)
        code = Column(String(5))
        __table_args__ = (UniqueConstraint("code"))
except ArgumentError as e:
    print("table_args", e)
try:
    class Shelf2(Base):
        __tablename__ = "shelf2"
        id = Column(Integer, primary_key=True)
        code = Column(String(5))
        __table_args__ = [UniqueConstraint("code")]
except ArgumentError as e:
    print("table_args list", e)
session.close()

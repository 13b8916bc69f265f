import math
from sqlalchemy import create_engine, Column, Integer, String, select, func
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))


class Page:
    def __init__(self, items, page, per_page, total):
        self.items = items
        self.page = page
        self.per_page = per_page
        self.total = total

    @property
    def pages(self):
        return math.ceil(self.total / self.per_page) if self.per_page else 0

    @property
    def has_next(self):
        return self.page < self.pages

    @property
    def has_prev(self):
        return self.page > 1

    def __repr__(self):
        return f"<Page {self.page}/{self.pages} items={[i.name for i in self.items]}>"


def paginate(session, stmt, page=1, per_page=3):
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
    items = session.scalars(stmt.limit(per_page).offset((page - 1) * per_page)).all()
    return Page(items, page, per_page, total)


def paginate_query(query, page, per_page):
    total = query.order_by(None).count()
    items = query.limit(per_page).offset((page - 1) * per_page).all()
    return Page(items, page, per_page, total)


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)

import math
from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, sessionmaker, Query

engine = create_engine("sqlite:///:memory:")
Session = sessionmaker(bind=engine)
Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(String(20), nullable=False)
    category = Column(String(10))

    def __repr__(self):
        return self.name


class Page:
    def __init__(self, items, page, per_page, total):
        self.items = items
        self.page = page
        self.per_page = per_page
        self.total = total
        self.pages = int(math.ceil(total / float(per_page))) if per_page else 0

    @property
    def has_next(self):
        return self.page < self.pages

    @property
    def has_prev(self):
        return self.page > 1

    def __repr__(self):
        return f"<Page {self.page}/{self.pages} of {self.total}: {self.items}>"


def paginate(query: Query, page=1, per_page=3):
    if page < 1:
        raise ValueError("page must be >= 1")
    items = query.limit(per_page).offset((page - 1) * per_page).all()
    total = query.order_by(None).count()
    return Page(items, page, per_page, total)


Base.metadata.create_all(engine)

# to_dict()/as_dict helpers and json.dumps of query results (very common in API tutorials)
import json
from sqlalchemy import create_engine, Column, Integer, String, Float, Boolean, ForeignKey, inspect
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class SerializerMixin:
    def to_dict(self):
        return {c.name: getattr(self, c.name) for c in self.__table__.columns}


class Category(SerializerMixin, Base):
    __tablename__ = 'categories'
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    products = relationship('Product', back_populates='category')


class Product(SerializerMixin, Base):
    __tablename__ = 'products'
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    price = Column(Float)
    in_stock = Column(Boolean, default=True)
    category_id = Column(Integer, ForeignKey('categories.id'))
    category = relationship('Category', back_populates='products')

    def as_dict(self):
        return {c.key: getattr(self, c.key) for c in inspect(self).mapper.column_attrs}

    def serialize(self, include_category=False):
        d = {"id": self.id, "name": self.name, "price": round(self.price, 2)}
        if include_category:
            d["category"] = self.category.to_dict() if self.category else None
        return d


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()

from sqlalchemy import Table, Column, Integer, String, create_engine, text
from sqlalchemy.orm import DeclarativeBase

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE product (id INTEGER PRIMARY KEY, name VARCHAR(40), price INTEGER, internal TEXT)"))
    conn.execute(text("INSERT INTO product (name, price, internal) VALUES ('pen', 3, 'a'), ('ink', 7, 'b')"))


class Base(DeclarativeBase):
    pass


class Product(Base):
    __table__ = Table("product", Base.metadata, autoload_with=engine)
    __mapper_args__ = {"include_properties": ["id", "name", "price"]}

    def __repr__(self):
        return f"Product({self.name}, {self.price})"

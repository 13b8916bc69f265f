from sqlalchemy import MetaData, Table, Column, Integer, String, ForeignKey, Text
from sqlalchemy.orm import registry, relationship

mapper_registry = registry()
metadata_obj = MetaData()

author_table = Table(
    "author",
    metadata_obj,
    Column("author_id", Integer, primary_key=True),
    Column("name", String(40)),
    Column("secret", Text),
)
book_table = Table(
    "book",
    metadata_obj,
    Column("id", Integer, primary_key=True),
    Column("author_id", ForeignKey("author.author_id")),
    Column("title", String(100)),
)


class Author:
    def __repr__(self):
        return "<Author %s>" % self.name


class Book:
    def __init__(self, title):
        self.title = title

    def __repr__(self):
        return "<Book %r>" % self.title


m = mapper_registry.map_imperatively(
    Author,
    author_table,
    properties={"id": author_table.c.author_id, "books": relationship(Book, back_populates="author", order_by=book_table.c.title)},
    exclude_properties=["secret"],
)
mapper_registry.map_imperatively(Book, book_table, properties={"author": relationship(Author, back_populates="books")})

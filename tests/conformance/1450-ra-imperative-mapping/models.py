from sqlalchemy import create_engine, MetaData, Table, Column, Integer, String, ForeignKey
from sqlalchemy.orm import registry, relationship, sessionmaker

mapper_registry = registry()
metadata = MetaData()

user_table = Table(
    "user",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50)),
    Column("fullname", String(50)),
    Column("nickname", String(12)),
)

address_table = Table(
    "address",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("user.id")),
    Column("email_address", String(50)),
)


class User:
    def __init__(self, name, fullname=None, nickname=None):
        self.name = name
        self.fullname = fullname
        self.nickname = nickname

    def __repr__(self):
        return "User(name=%r, fullname=%r)" % (self.name, self.fullname)


class Address:
    def __repr__(self):
        return "Address(%r)" % self.email_address


mapper_registry.map_imperatively(
    User,
    user_table,
    properties={"addresses": relationship(Address, backref="user", order_by=address_table.c.id)},
)
mapper_registry.map_imperatively(Address, address_table)

engine = create_engine("sqlite://")
metadata.create_all(engine)
Session = sessionmaker(bind=engine)

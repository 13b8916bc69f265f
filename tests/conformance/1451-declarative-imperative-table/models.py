from sqlalchemy import Table, Column, Integer, String, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, relationship, column_property, Mapped


class Base(DeclarativeBase):
    pass


class User(Base):
    __table__ = Table(
        "user",
        Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("name", String(30), nullable=False),
        Column("password_hash", String(64)),
        Column("fullname", String),
    )
    __mapper_args__ = {"exclude_properties": ["password_hash"]}

    addresses: Mapped[list["Address"]] = relationship(back_populates="user")

    def __repr__(self):
        return f"User({self.id}, {self.name!r})"


address_table = Table(
    "address",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", ForeignKey("user.id")),
    Column("email_address", String(50)),
)


class Address(Base):
    __table__ = address_table
    email = address_table.c.email_address
    user = relationship("User", back_populates="addresses")

    def __repr__(self):
        return f"Address({self.email!r})"

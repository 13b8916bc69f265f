from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import mapped_column, DeclarativeBase, relationship, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user"

    username = mapped_column(String(50), primary_key=True)
    fullname = mapped_column(String(100))

    # passive_updates=False *only* needed if the database
    # does not implement ON UPDATE CASCADE
    addresses = relationship("Address", passive_updates=False)


class Address(Base):
    __tablename__ = "address"

    email = mapped_column(String(50), primary_key=True)
    username = mapped_column(String(50), ForeignKey("user.username"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

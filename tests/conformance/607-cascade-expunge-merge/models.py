from sqlalchemy import create_engine, Integer, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user"
    id = mapped_column(Integer, primary_key=True)
    name = mapped_column(String)
    addresses = relationship("Address", back_populates="user", cascade="all, delete-orphan")
    notes = relationship("Note", cascade="save-update")


class Address(Base):
    __tablename__ = "address"
    id = mapped_column(Integer, primary_key=True)
    email = mapped_column(String)
    user_id = mapped_column(Integer, ForeignKey("user.id"))
    user = relationship("User", back_populates="addresses")


class Note(Base):
    __tablename__ = "note"
    id = mapped_column(Integer, primary_key=True)
    text = mapped_column(String)
    user_id = mapped_column(Integer, ForeignKey("user.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

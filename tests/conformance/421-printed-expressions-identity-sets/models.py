# What learners print while exploring: ORM expressions as SQL text, the session's IdentitySets,
# IS NOT against a boolean, and the missing side of an outer join.
from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, and_, create_engine, or_
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    active = Column(Boolean)
    addresses = relationship("Address", back_populates="user")

    def __repr__(self):
        return f"<User {self.name}>"


class Address(Base):
    __tablename__ = "addresses"
    id = Column(Integer, primary_key=True)
    email = Column(String)
    user_id = Column(Integer, ForeignKey("users.id"))
    user = relationship("User", back_populates="addresses")

    def __repr__(self):
        return f"<Address {self.email}>"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)

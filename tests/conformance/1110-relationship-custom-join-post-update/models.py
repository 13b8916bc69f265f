from sqlalchemy import Column, Integer, String, ForeignKey, Boolean, create_engine, and_
from sqlalchemy.orm import declarative_base, relationship, Session, foreign

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    addresses = relationship("Address", back_populates="user", order_by="Address.id", foreign_keys="Address.user_id")
    active_addresses = relationship("Address", primaryjoin="and_(User.id == Address.user_id, Address.active == True)",
                                    viewonly=True, order_by="Address.email")
    billing_address_id = Column(Integer, ForeignKey("addresses.id"))
    billing_address = relationship("Address", foreign_keys=[billing_address_id], post_update=True)


class Address(Base):
    __tablename__ = "addresses"
    id = Column(Integer, primary_key=True)
    email = Column(String)
    active = Column(Boolean, default=True)
    user_id = Column(Integer, ForeignKey("users.id"))
    user = relationship("User", back_populates="addresses", foreign_keys=[user_id])


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

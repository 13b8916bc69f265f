# relationship(primaryjoin=...) with extra criteria (string and lambda forms, viewonly): lazy, joined and selectin loads, join(), any(), with_parent()
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, and_, select
from sqlalchemy.orm import declarative_base, relationship, Session, joinedload, selectinload, with_parent

Base = declarative_base()


class User(Base):
    __tablename__ = 'user'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    addresses = relationship("Address", back_populates="user", order_by="Address.id")
    boston_addresses = relationship(
        "Address", primaryjoin="and_(User.id == Address.user_id, Address.city == 'Boston')", viewonly=True
    )
    x_addresses = relationship(
        "Address",
        primaryjoin=lambda: and_(User.id == Address.user_id, Address.street.like('%x%')),
        viewonly=True,
        order_by=lambda: Address.id.desc(),
    )


class Address(Base):
    __tablename__ = 'address'
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey('user.id'))
    street = Column(String)
    city = Column(String)
    user = relationship("User", back_populates="addresses")

    def __repr__(self):
        return f"<{self.street}, {self.city}>"


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)

from sqlalchemy import create_engine, Integer, String, select, and_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, foreign, remote


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    # no ForeignKey anywhere: foreign() says which column holds the reference
    addresses = relationship(
        "Address",
        primaryjoin="User.id == foreign(Address.user_id)",
        back_populates="user",
    )
    tony_addresses = relationship(
        "Address",
        primaryjoin="and_(User.id == foreign(Address.user_id), Address.email.like('tony%'))",
        viewonly=True,
    )


class Address(Base):
    __tablename__ = "address"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(Integer)
    email: Mapped[str] = mapped_column(String(50))
    user = relationship(
        User,
        primaryjoin=lambda: foreign(Address.user_id) == remote(User.id),
        back_populates="addresses",
    )


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

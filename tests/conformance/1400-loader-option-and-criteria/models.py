from sqlalchemy import create_engine, ForeignKey, String, select, Boolean
from sqlalchemy.orm import (DeclarativeBase, Mapped, mapped_column, relationship, Session,
                            selectinload, joinedload, lazyload)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    addresses: Mapped[list["Address"]] = relationship(back_populates="user", order_by="Address.id")

    def __repr__(self):
        return f"User({self.name})"


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    email: Mapped[str] = mapped_column(String(50))
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    user: Mapped[User] = relationship(back_populates="addresses")

    def __repr__(self):
        return self.email


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([
        User(name="spongebob", addresses=[Address(email="sb@sqlalchemy.org", verified=True), Address(email="sb@gmail.com")]),
        User(name="sandy", addresses=[Address(email="sandy@sqlalchemy.org"), Address(email="sandy@squirrelpower.org", verified=True)]),
        User(name="patrick"),
    ])
    s.commit()

from sqlalchemy import create_engine, Integer, String, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user_account"

    id = mapped_column(Integer, primary_key=True)
    name = mapped_column(String(50))
    addresses = relationship("Address", backref="user")

    @validates("addresses", include_removes=True)
    def validate_address(self, key, address, is_remove):
        print("validate", key, address.email, is_remove)
        if is_remove:
            raise ValueError("not allowed to remove items from the collection")
        if "@" not in address.email:
            raise ValueError("failed simplified email validation")
        return address


class Address(Base):
    __tablename__ = "address"

    id = mapped_column(Integer, primary_key=True)
    email = mapped_column(String)
    user_id = mapped_column(ForeignKey("user_account.id"))

    @validates("email")
    def validate_email(self, key, address):
        if "@" not in address:
            raise ValueError("failed simple email validation")
        return address.lower()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

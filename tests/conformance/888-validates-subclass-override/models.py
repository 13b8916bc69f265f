from sqlalchemy import create_engine, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, mapped_column, validates, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user"

    id = mapped_column(Integer, primary_key=True)
    email = mapped_column(String)
    type = mapped_column(String)
    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "user"}

    @validates("email")
    def validate_email(self, key, address):
        print("User.validate_email", address)
        if "@" not in address:
            raise ValueError("failed simple email validation")
        return address


class VerifiedUser(User):
    __mapper_args__ = {"polymorphic_identity": "verified"}

    @validates("email")
    def validate_email(self, key, address):
        # call the parent validator first
        address = super().validate_email(key, address)
        if not address.endswith("@example.com"):
            raise ValueError("only example.com addresses allowed")
        return address


class Loose(User):
    __mapper_args__ = {"polymorphic_identity": "loose"}

    @validates("email")
    def validate_email(self, key, address):
        print("Loose.validate_email", address)
        return address.upper()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

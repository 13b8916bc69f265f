from sqlalchemy import create_engine, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, validates, Session


class Base(DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(50))
    email: Mapped[str] = mapped_column(String(50), default="")
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "person"}

    @validates("name")
    def check_name(self, key, value):
        print("Person.check_name", value)
        return value.strip().title()

    @validates("email")
    def check_email(self, key, value):
        if "@" not in value:
            raise ValueError(f"bad email {value!r}")
        return value.lower()


class Engineer(Person):
    __mapper_args__ = {"polymorphic_identity": "engineer"}

    def check_name(self, key, value):
        print("Engineer.check_name (not a validator)", value)
        return value


class Manager(Person):
    __mapper_args__ = {"polymorphic_identity": "manager"}

    @validates("email")
    def check_email(self, key, value):
        print("Manager.check_email", value)
        return super().check_email(key, value).upper()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

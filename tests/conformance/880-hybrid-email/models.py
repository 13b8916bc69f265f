from sqlalchemy import create_engine, select, func, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.ext.hybrid import hybrid_property


class Base(DeclarativeBase):
    pass


class EmailAddress(Base):
    __tablename__ = "email_address"

    id: Mapped[int] = mapped_column(primary_key=True)

    _email: Mapped[str] = mapped_column("email", String)

    @hybrid_property
    def email(self):
        """Return the value of _email up until the last twelve
        characters."""

        return self._email[:-12]

    @email.setter
    def email(self, email):
        self._email = email + "@example.com"

    @email.expression
    def email(cls):
        return func.substr(cls._email, 1, func.length(cls._email) - 12)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

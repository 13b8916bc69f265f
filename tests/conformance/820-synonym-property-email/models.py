from sqlalchemy import create_engine, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, synonym, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    _email: Mapped[str] = mapped_column("email", String(80))
    name: Mapped[str] = mapped_column(String(30))
    username = synonym("name")

    def _get_email(self):
        return self._email

    def _set_email(self, value):
        self._email = value.strip().lower()

    email = synonym("_email", descriptor=property(_get_email, _set_email))

    def __repr__(self):
        return f"User({self.username!r}, {self.email!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

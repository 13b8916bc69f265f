import hashlib
from dataclasses import InitVar

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Mapped, mapped_as_dataclass, mapped_column, registry, Session

reg = registry()


def your_hash_function_here(password):
    return hashlib.sha256(password.encode()).hexdigest()[:12]


@mapped_as_dataclass(reg)
class User:
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(init=False, primary_key=True)
    name: Mapped[str]

    password: InitVar[str]
    repeat_password: InitVar[str]

    password_hash: Mapped[str] = mapped_column(init=False, nullable=False)

    def __post_init__(self, password: str, repeat_password: str):
        if password != repeat_password:
            raise ValueError("passwords do not match")

        self.password_hash = your_hash_function_here(password)


@reg.mapped_as_dataclass
class Item:
    __tablename__ = "item"

    id: Mapped[int] = mapped_column(init=False, primary_key=True)
    title: Mapped[str]
    qty: Mapped[int] = mapped_column(default=1)


engine = create_engine("sqlite://")
reg.metadata.create_all(engine)

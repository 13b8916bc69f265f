import enum
from sqlalchemy import create_engine, String, select, Enum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Size(enum.Enum):
    S = "small"
    M = "medium"
    L = "large"


class Base(DeclarativeBase):
    pass


class Shirt(Base):
    __tablename__ = "shirt"
    id: Mapped[int] = mapped_column(primary_key=True)
    size: Mapped[Size] = mapped_column(Enum(Size, validate_strings=True))
    color: Mapped[str] = mapped_column(Enum("red", "blue", "green", name="color_enum", validate_strings=True))

    def __repr__(self):
        return f"Shirt({self.size.name}, {self.color})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

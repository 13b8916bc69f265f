from sqlalchemy import create_engine, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Gadget(Base):
    __tablename__ = "gadgets"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    price: Mapped[float] = mapped_column(default=9.99)

    def __repr__(self) -> str:
        return f"Gadget(id={self.id!r}, name={self.name!r}, price={self.price!r})"

    def label(self):
        return f"{self.name.title()} @ ${self.price:,.2f}"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

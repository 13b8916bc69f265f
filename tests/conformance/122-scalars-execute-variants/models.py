from sqlalchemy import create_engine, select, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class City(Base):
    __tablename__ = "cities"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    population: Mapped[int]
    capital: Mapped[bool] = mapped_column(default=False)

    def __repr__(self) -> str:
        return f"City(name={self.name!r}, population={self.population})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

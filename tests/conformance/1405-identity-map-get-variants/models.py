from sqlalchemy import create_engine, String, select, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, object_session
from sqlalchemy.orm.util import identity_key


class Base(DeclarativeBase):
    pass


class Planet(Base):
    __tablename__ = "planet"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    moons: Mapped[int]

    def __repr__(self):
        return f"Planet({self.name}, moons={self.moons})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([Planet(name="Mercury", moons=0), Planet(name="Earth", moons=1), Planet(name="Mars", moons=2)])
    s.commit()

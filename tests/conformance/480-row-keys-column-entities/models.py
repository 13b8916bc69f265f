from sqlalchemy import create_engine, Integer, String, ForeignKey, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, aliased


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[str] = mapped_column(String(50))

    def __repr__(self):
        return f"User({self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
session.add_all([User(name="ed", fullname="Ed Jones"), User(name="wendy", fullname="Wendy W")])
session.commit()

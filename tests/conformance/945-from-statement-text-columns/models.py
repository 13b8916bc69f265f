from sqlalchemy import create_engine, String, text, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    age: Mapped[int]

    def __repr__(self):
        return f"User({self.name}, {self.age})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([User(name=n, age=a) for n, a in [("ann", 31), ("bo", 17), ("cy", 45), ("di", 17)]])
    s.commit()

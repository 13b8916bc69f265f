from sqlalchemy import create_engine, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, reconstructor


class Base(DeclarativeBase):
    pass


class Shape(Base):
    __tablename__ = "shape"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    side: Mapped[int]

    def __init__(self, kind, side):
        self.kind = kind
        self.side = side
        self.cache = {}
        print("init", kind)

    @reconstructor
    def on_load(self):
        self.cache = {"area": self.side * self.side}
        print("loaded", self.kind)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

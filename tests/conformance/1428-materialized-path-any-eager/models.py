from sqlalchemy import create_engine, String, select
from sqlalchemy.orm import mapped_column, DeclarativeBase, relationship, Session, foreign, remote


class Base(DeclarativeBase):
    pass


class Element(Base):
    __tablename__ = "element"

    path = mapped_column(String, primary_key=True)

    descendants = relationship(
        "Element",
        primaryjoin=remote(foreign(path)).like(path.concat("/%")),
        viewonly=True,
        order_by=path,
    )


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

from sqlalchemy import create_engine, ForeignKey, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
from sqlalchemy.ext.orderinglist import ordering_list


class Base(DeclarativeBase):
    pass


class Slide(Base):
    __tablename__ = "slide"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    bullets = relationship(
        "Bullet", order_by="Bullet.position", collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )


class Bullet(Base):
    __tablename__ = "bullet"
    id: Mapped[int] = mapped_column(primary_key=True)
    slide_id: Mapped[int] = mapped_column(ForeignKey("slide.id"))
    position: Mapped[int]
    text: Mapped[str]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

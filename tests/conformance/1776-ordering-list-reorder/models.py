from sqlalchemy import create_engine, String, ForeignKey, select
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class Slideshow(Base):
    __tablename__ = "slideshow"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    slides: Mapped[list["Slide"]] = relationship(order_by="Slide.position", collection_class=ordering_list("position"), cascade="all, delete-orphan")
    bullets: Mapped[list["Bullet"]] = relationship(order_by="Bullet.pos", collection_class=ordering_list("pos", count_from=1, reorder_on_append=True), cascade="all, delete-orphan")


class Slide(Base):
    __tablename__ = "slide"
    id: Mapped[int] = mapped_column(primary_key=True)
    slideshow_id: Mapped[int] = mapped_column(ForeignKey("slideshow.id"))
    position: Mapped[int]
    headline: Mapped[str] = mapped_column(String(20))

    def __repr__(self):
        return f"{self.position}:{self.headline}"


class Bullet(Base):
    __tablename__ = "bullet"
    id: Mapped[int] = mapped_column(primary_key=True)
    slideshow_id: Mapped[int] = mapped_column(ForeignKey("slideshow.id"))
    pos: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(String(20))

    def __repr__(self):
        return f"{self.pos}:{self.text}"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

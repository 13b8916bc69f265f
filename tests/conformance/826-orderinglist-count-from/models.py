from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
from sqlalchemy.ext.orderinglist import ordering_list


class Base(DeclarativeBase):
    pass


class Recipe(Base):
    __tablename__ = "recipe"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(50))
    steps: Mapped[list["Step"]] = relationship(
        order_by="Step.number",
        collection_class=ordering_list("number", count_from=1),
        cascade="all, delete-orphan",
        back_populates="recipe",
    )


class Step(Base):
    __tablename__ = "step"
    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id"))
    number: Mapped[int | None]
    text: Mapped[str] = mapped_column(String(80))
    recipe: Mapped[Recipe] = relationship(back_populates="steps")

    def __repr__(self):
        return f"{self.number}:{self.text}"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

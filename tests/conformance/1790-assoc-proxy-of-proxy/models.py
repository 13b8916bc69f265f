from sqlalchemy import create_engine, String, ForeignKey, select
from sqlalchemy.ext.associationproxy import association_proxy
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class Recipe(Base):
    __tablename__ = "recipe"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    lines: Mapped[list["Line"]] = relationship(cascade="all, delete-orphan")
    ingredient_names = association_proxy("lines", "ingredient_name")


class Line(Base):
    __tablename__ = "line"
    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id"))
    ingredient_id: Mapped[int] = mapped_column(ForeignKey("ingredient.id"))
    grams: Mapped[int]
    ingredient: Mapped["Ingredient"] = relationship()
    ingredient_name = association_proxy("ingredient", "name")


class Ingredient(Base):
    __tablename__ = "ingredient"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

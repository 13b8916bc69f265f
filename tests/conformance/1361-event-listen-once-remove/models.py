from sqlalchemy import create_engine, String, select, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "article"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(60))
    slug: Mapped[str] = mapped_column(String(60), default="")
    revision: Mapped[int] = mapped_column(default=0)

    def __repr__(self):
        return f"Article({self.slug!r}, rev {self.revision})"


def make_slug(mapper, connection, target):
    target.slug = "-".join(target.title.lower().split())
    print(f"  [{mapper.class_.__name__}] slug -> {target.slug}")


def bump(mapper, connection, target):
    target.revision += 1


def after_ins(mapper, connection, target):
    print("  after_insert id", target.id)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
event.listen(Article, "before_insert", make_slug)
event.listen(Article, "before_update", make_slug)
event.listen(Article, "before_update", bump)
event.listen(Article, "after_insert", after_ins, once=True)

from sqlalchemy import create_engine, ForeignKey, String, Boolean, select, event, true
from sqlalchemy.orm import (DeclarativeBase, Mapped, mapped_column, relationship, Session,
                            with_loader_criteria, ORMExecuteState)


class Base(DeclarativeBase):
    pass


class SoftDeleteMixin:
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Author(SoftDeleteMixin, Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    posts: Mapped[list["Post"]] = relationship(back_populates="author", order_by="Post.id")

    def __repr__(self):
        return f"Author({self.name})"


class Post(SoftDeleteMixin, Base):
    __tablename__ = "post"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(80))
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship(back_populates="posts")

    def __repr__(self):
        return f"Post({self.title})"


@event.listens_for(Session, "do_orm_execute")
def _add_filtering_criteria(execute_state: ORMExecuteState):
    if (execute_state.is_select and not execute_state.is_column_load
            and not execute_state.execution_options.get("include_deleted", False)):
        execute_state.statement = execute_state.statement.options(
            with_loader_criteria(SoftDeleteMixin, lambda cls: cls.deleted == False, include_aliases=True)
        )


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

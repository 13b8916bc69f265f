from sqlalchemy import create_engine, ForeignKey, String, Table, Column, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, DynamicMapped


class Base(DeclarativeBase):
    pass


link = Table("link", Base.metadata, Column("post_id", ForeignKey("post.id"), primary_key=True), Column("tag_id", ForeignKey("tag.id"), primary_key=True))


class Post(Base):
    __tablename__ = "post"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40))
    comments: DynamicMapped["Comment"] = relationship(order_by="Comment.id.desc()")
    tags: DynamicMapped["Tag"] = relationship(secondary=link)


class Comment(Base):
    __tablename__ = "comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id"))
    body: Mapped[str] = mapped_column(String(40))


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

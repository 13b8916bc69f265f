from sqlalchemy import create_engine, String, select, event, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session

mode = {"v": None}


class Base(DeclarativeBase):
    pass


class Msg(Base):
    __tablename__ = "msg"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(30))


@event.listens_for(Session, "before_flush")
def bf(session, ctx, inst):
    if mode["v"] == "flush-in-flush":
        session.flush()


@event.listens_for(Session, "before_commit")
def bc(session):
    if mode["v"] == "add-in-before-commit":
        session.add(Msg(text="added by before_commit"))


@event.listens_for(Session, "after_commit")
def ac(session):
    if mode["v"] == "query-in-after-commit":
        print("after_commit count:", session.scalar(select(func.count(Msg.id))))
    if mode["v"] == "attr-in-after-commit":
        for m in list(session.identity_map.values()):
            print("after_commit text:", m.text)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

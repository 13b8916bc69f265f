from sqlalchemy import create_engine, String, select, event, DDL, text, Integer, FetchedValue, MetaData, Table, Column
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    balance: Mapped[int] = mapped_column(default=0)
    changes: Mapped[int] = mapped_column(Integer, server_default=text("0"), server_onupdate=FetchedValue())


event.listen(
    Account.__table__, "after_create",
    DDL("CREATE TRIGGER %(table)s_changes AFTER UPDATE OF balance ON %(table)s BEGIN "
        "UPDATE account SET changes = changes + 1 WHERE id = NEW.id; END"),
)
event.listen(Account.__table__, "after_create", DDL("CREATE INDEX never ON account (name)").execute_if(dialect="postgresql"))
seen = []


@event.listens_for(Base.metadata, "before_create")
def before(target, connection, **kw):
    seen.append(("before", [t.name for t in kw["tables"]], bool(kw["checkfirst"])))


@event.listens_for(Account.__table__, "after_create")
def after(target, connection, **kw):
    seen.append(("after", target.name))
    connection.execute(text("INSERT INTO account (name, balance, changes) VALUES ('seed', 1, 0)"))


engine = create_engine("sqlite://")

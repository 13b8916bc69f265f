from sqlalchemy import create_engine, ForeignKey, String, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, validates


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "account"}

    def __init__(self, owner, **kw):
        print("init", type(self).__name__, self.kind)
        self.owner = owner
        for k, v in kw.items():
            setattr(self, k, v)

    @validates("owner")
    def check_owner(self, key, value):
        return value.strip()


class Savings(Account):
    __tablename__ = "savings"
    id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True)
    rate: Mapped[float]
    __mapper_args__ = {"polymorphic_identity": "savings"}

    @validates("owner")
    def check_owner(self, key, value):
        return super().check_owner(key, value).title()


class Checking(Account):
    __tablename__ = "checking"
    id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True)
    overdraft: Mapped[int]
    __mapper_args__ = {"polymorphic_identity": "checking"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

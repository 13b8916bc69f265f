from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, declared_attr, DeclarativeBase, Mapped, mapped_column, relationship, deferred, Session

Base = declarative_base()


class M1:
    id = Column(Integer, primary_key=True)
    a = Column(String)


class M2:
    b = Column(String)

    @declared_attr
    def c(cls):
        return Column(String, default=cls.__name__)


class Foo(M1, M2, Base):
    __tablename__ = 'foo'
    x = Column(String)
    notes = deferred(Column(String))


class B2(DeclarativeBase):
    @declared_attr.directive
    def __tablename__(cls):
        return cls.__name__.lower() + "_t"


class N1:
    id: Mapped[int] = mapped_column(primary_key=True)
    a: Mapped[str]


class N2:
    b: Mapped[str] = mapped_column(String(3))

    @declared_attr
    def c(cls) -> Mapped[str]:
        return mapped_column(default="n2")


class Bar(N1, N2, B2):
    x: Mapped[str]


class Baz(N1, B2):
    x = Column(String)
    y: Mapped[int]

    @declared_attr
    def bar_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("bar_t.id"))

    @declared_attr
    def bar(cls) -> Mapped["Bar"]:
        return relationship("Bar")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
B2.metadata.create_all(engine)

from sqlalchemy import Integer, String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def make_code(context):
    params = context.get_current_parameters()
    return f"{params['kind'][:3].upper()}-{params.get('qty') or 0}"


def touched(context):
    return "edited:" + str(context.get_current_parameters().get("label", "?"))


class Base(DeclarativeBase):
    pass


class Part(Base):
    __tablename__ = "part"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    qty: Mapped[int | None]
    label: Mapped[str | None] = mapped_column(String(30))
    code: Mapped[str] = mapped_column(String(20), default=make_code)
    audit: Mapped[str | None] = mapped_column(String(30), onupdate=touched)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

import datetime
from sqlalchemy import create_engine, String, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Widget(Base):
    __tablename__ = "widget"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    color: Mapped[str | None] = mapped_column(String(10))
    size: Mapped[int | None]


@event.listens_for(Widget.color, "init_scalar", retval=True)
def default_color(target, value, dict_):
    print("init_scalar color", value, sorted(k for k in dict_ if not k.startswith("_")))
    return "grey"


@event.listens_for(Widget.size, "init_scalar")
def no_retval(target, value, dict_):
    print("init_scalar size (no retval)")
    return 99


calls = []


def remember(target, value, dict_):
    calls.append(value)
    dict_["name"] = "unnamed"
    return "unnamed"


event.listen(Widget.name, "init_scalar", remember, retval=True)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

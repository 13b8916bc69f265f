from sqlalchemy import create_engine, String, select, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, reconstructor


class Base(DeclarativeBase):
    pass


log = []


class Sensor(Base):
    __tablename__ = "sensor"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(5), default="C")
    reading: Mapped[float] = mapped_column(default=0.0)

    def __init__(self, **kw):
        super().__init__(**kw)
        self.history = []
        log.append(f"__init__ {self.name}")

    @reconstructor
    def init_on_load(self):
        self.history = ["loaded"]
        log.append(f"reconstructor {self.name}")

    def record(self, value):
        self.history.append(value)
        self.reading = value


@event.listens_for(Sensor, "load")
def on_load(target, context):
    log.append(f"load {target.name}")


@event.listens_for(Sensor, "refresh")
def on_refresh(target, context, attrs):
    log.append(f"refresh {target.name} {sorted(attrs) if attrs else attrs}")


@event.listens_for(Sensor, "init")
def on_init(target, args, kwargs):
    log.append(f"init {sorted(kwargs)}")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

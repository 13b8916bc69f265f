from contextlib import contextmanager
from sqlalchemy import create_engine, Column, Integer, String, select
from sqlalchemy.orm import declarative_base, sessionmaker, Session

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    name = Column(String, unique=True)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)


class AuditSession(Session):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.info["ops"] = []

    def add(self, instance, _warn=True):
        self.info["ops"].append(("add", instance.name))
        super().add(instance, _warn=_warn)


SessionLocal = sessionmaker(bind=engine, class_=AuditSession, expire_on_commit=False, info={"app": "demo"})


@contextmanager
def session_scope():
    session = SessionLocal()
    try:
        yield session
        session.commit()
    except Exception as e:
        print("rollback because", type(e).__name__)
        session.rollback()
        raise
    finally:
        session.close()

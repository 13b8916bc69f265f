from sqlalchemy import create_engine, String, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, sessionmaker, scoped_session


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(40))
    pinned: Mapped[bool] = mapped_column(default=False)


class AppSession(Session):
    def get_or_fail(self, model, ident):
        obj = self.get(model, ident)
        if obj is None:
            raise LookupError(f"{model.__name__} {ident} not found")
        return obj

    def count(self, model):
        return self.scalar(select(func.count()).select_from(model))


Factory = sessionmaker(class_=AppSession, expire_on_commit=False)
engine = create_engine("sqlite://")
Factory.configure(bind=engine)
Base.metadata.create_all(engine)

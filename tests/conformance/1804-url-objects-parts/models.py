from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import as_declarative, declared_attr, has_inherited_table


@as_declarative(name="Model")
class Base:
    @declared_attr
    def __tablename__(cls):
        return None if has_inherited_table(cls) else cls.__name__.lower() + "s"

    def describe(self):
        return f"{type(self).__name__}#{self.id}"


class Note(Base):
    id = Column(Integer, primary_key=True)
    body = Column(String(40))


url = make_url("sqlite:///:memory:")
engine = create_engine(url, echo=False)
Base.metadata.create_all(engine)

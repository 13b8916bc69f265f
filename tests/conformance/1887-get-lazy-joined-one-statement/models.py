from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, select, event
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Country(Base):
    __tablename__ = "country"
    id = Column(Integer, primary_key=True)
    name = Column(String)


class City(Base):
    __tablename__ = "city"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    country_id = Column(ForeignKey("country.id"), nullable=False)
    country = relationship("Country", lazy="joined", innerjoin=True, backref="cities")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
stmts = []


@event.listens_for(engine, "before_cursor_execute")
def _log(conn, cursor, statement, parameters, context, executemany):
    stmts.append(" ".join(statement.split()))

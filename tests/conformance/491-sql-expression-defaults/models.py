from sqlalchemy import create_engine, Column, Integer, String, Float, insert, select, func, text, MetaData, Table
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class City(Base):
    __tablename__ = "cities"
    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)
    population = Column(Float, default=0.0)
    code = Column(String, default=func.upper("xx"))
    edits = Column(Integer, default=0, onupdate=func.coalesce(func.abs(-5), 0))
    note = Column(String, server_default=text("'new'"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
md = MetaData()
plain = Table("plain", md, Column("id", Integer, primary_key=True), Column("label", String, default=func.lower("AB")), Column("n", Integer, default=3))
md.create_all(engine)

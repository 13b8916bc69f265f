from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select
from sqlalchemy.exc import MultipleResultsFound, NoResultFound

metadata = MetaData()
cities = Table(
    "cities", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(30)),
    Column("country", String(30)),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)

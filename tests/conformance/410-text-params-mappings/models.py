# text() with bound parameters, engine.begin(), result.mappings(), scalar(), raw DDL (2.0 tutorial "Working with Transactions and the DBAPI")
from sqlalchemy import create_engine, text

engine = create_engine("sqlite+pysqlite:///:memory:", echo=True, future=True)

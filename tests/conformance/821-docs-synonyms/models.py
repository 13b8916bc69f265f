from sqlalchemy import create_engine, select, Integer, String
from sqlalchemy.orm import DeclarativeBase, mapped_column, synonym, Session
from sqlalchemy.ext.declarative import synonym_for


class Base(DeclarativeBase):
    pass


class MyClass(Base):
    __tablename__ = "my_table"

    id = mapped_column(Integer, primary_key=True)
    job_status = mapped_column(String(50))

    status = synonym("job_status")


class Other(Base):
    __tablename__ = "other"

    id = mapped_column(Integer, primary_key=True)
    status = mapped_column(String(50))

    @synonym_for("status")
    @property
    def job_status(self):
        return "Status: " + self.status


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

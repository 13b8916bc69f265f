from sqlalchemy import create_engine, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, mapped_column, Session
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.sql import case


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user"
    id = mapped_column(Integer, primary_key=True)
    firstname = mapped_column(String(50))
    lastname = mapped_column(String(50))

    @hybrid_property
    def fullname(self):
        if self.firstname is not None:
            return self.firstname + " " + self.lastname
        else:
            return self.lastname

    @fullname.expression
    def fullname(cls):
        return case(
            (cls.firstname != None, cls.firstname + " " + cls.lastname),
            else_=cls.lastname,
        )


class Simple(Base):
    __tablename__ = "simple"
    id = mapped_column(Integer, primary_key=True)
    firstname = mapped_column(String(50))
    lastname = mapped_column(String(50))

    @hybrid_property
    def fullname(self):
        return self.firstname + " " + self.lastname


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, MetaData, Table
from sqlalchemy.orm import declarative_base, sessionmaker, relationship

engine = create_engine("sqlite:///:memory:")
Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    age = Column(Integer)

    def __repr__(self):
        return "<User(name='%s', age=%s)>" % (self.name, self.age)


Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
session.add_all([User(name="ed", age=30), User(name="wendy", age=25), User(name="mary", age=41)])
session.commit()

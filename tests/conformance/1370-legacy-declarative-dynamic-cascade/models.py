from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import sessionmaker, relationship, backref

engine = create_engine("sqlite:///:memory:")
Base = declarative_base()


class Parent(Base):
    __tablename__ = "parent"
    __table_args__ = {"sqlite_autoincrement": True}
    id = Column(Integer, primary_key=True)
    name = Column("full_name", String(50), nullable=False)
    children = relationship("Child", backref=backref("parent", lazy="joined"), lazy="dynamic",
                            cascade="all, delete-orphan")

    def __repr__(self):
        return "<Parent %r>" % self.name


class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id", ondelete="CASCADE"))
    name = Column(String)

    def __repr__(self):
        return "<Child %s>" % (self.name,)


Base.metadata.create_all(bind=engine)
Session = sessionmaker(bind=engine)
session = Session()

# __repr__/__str__ styles seen in tutorials: %-format, .format, f-string with !r, __str__ only, generic repr via __table__
from sqlalchemy import create_engine, Column, Integer, String, Float
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class A(Base):
    __tablename__ = 'a'
    id = Column(Integer, primary_key=True)
    name = Column(String)

    def __repr__(self):
        return "<A(id='%s', name='%s')>" % (self.id, self.name)


class B(Base):
    __tablename__ = 'b'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    price = Column(Float)

    def __str__(self):
        return f"{self.name} costs ${self.price:,.2f}"


class C(Base):
    __tablename__ = 'c'
    id = Column(Integer, primary_key=True)
    title = Column(String)
    rating = Column(Float)

    def __repr__(self):
        cols = ", ".join(f"{c.name}={getattr(self, c.name)!r}" for c in self.__table__.columns)
        return f"{self.__class__.__name__}({cols})"


class D(Base):
    __tablename__ = 'd'
    id = Column(Integer, primary_key=True)
    label = Column(String)

    def __repr__(self):
        return '<D {}>'.format(self.label)

    def __str__(self):
        return self.label.upper()


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = sessionmaker(bind=engine)()

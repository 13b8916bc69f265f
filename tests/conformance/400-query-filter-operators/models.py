# Common filter operators, as listed in the 1.x ORM tutorial "Common Filter Operators" section
from sqlalchemy import create_engine, Column, Integer, String, and_, or_, not_
from sqlalchemy.orm import declarative_base, sessionmaker
from sqlalchemy.orm.exc import NoResultFound, MultipleResultsFound

engine = create_engine('sqlite://')
Base = declarative_base()


class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    fullname = Column(String(50))
    age = Column(Integer)

    def __repr__(self):
        return f"<User {self.name}>"


Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
session.add_all([
    User(name='ed', fullname='Ed Jones', age=31),
    User(name='wendy', fullname='Wendy Williams', age=25),
    User(name='mary', fullname='Mary Contrary', age=None),
    User(name='fred', fullname='Fred Flintstone', age=42),
    User(name='jack', fullname='Jack Bean', age=25),
])
session.commit()

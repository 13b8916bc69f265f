from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import declarative_base, composite, mapped_column, Session

Base = declarative_base()


class Range:
    def __init__(self, low, high):
        self.low = low
        self.high = high

    def __composite_values__(self):
        return self.low, self.high

    def __eq__(self, other):
        return isinstance(other, Range) and (self.low, self.high) == (other.low, other.high)

    def __repr__(self):
        return "Range(%r, %r)" % (self.low, self.high)


class Plain:
    def __init__(self, low, high):
        self.low, self.high = low, high


class Shift(Base):
    __tablename__ = "shift"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    start_hour = Column(Integer)
    end_hour = Column(Integer)
    hours = composite(Range, start_hour, end_hour)
    also = composite(Plain, "start_hour", "end_hour")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

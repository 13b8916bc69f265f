session = Session(engine)
sh = Shift(name="early", hours=Range(6, 14))
session.add(sh)
session.flush()
print(sh.start_hour, sh.end_hour, sh.hours)
h = sh.hours
print(h is sh.hours)
sh.start_hour = 7
print(sh.hours, sh.hours is h)
session.expire(sh, ["end_hour"])
print(sh.hours, sh.hours is h)
session.expire(sh, ["name"])
print(sh.hours is sh.hours)
del sh.hours
print(sh.start_hour, sh.end_hour, sh.hours)
sh.hours = Range(22, 6)
session.commit()
print(session.execute(select(Shift.name, Shift.hours)).all())
print(session.scalars(select(Shift.hours).where(Shift.hours != Range(1, 2))).all())
try:
    print(Shift.also == Plain(1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    sh.also = Plain(3, 4)
except Exception as e:
    print(type(e).__name__, e)
print(sh.also.low, sh.also.high)
try:
    class Bad(Base):
        __tablename__ = "bad"
        id = mapped_column(Integer, primary_key=True)
        r = composite(Range, mapped_column(Integer), mapped_column(Integer))
except Exception as e:
    print(type(e).__name__, e)
print(str(Shift.hours), Shift.hours.prop.composite_class.__name__)

t1 = Sensor(label="T1", reading=21)
t2 = Sensor(label="T2", reading=19)
session.add_all([t1, t2])
session.commit()
print("after commit:", t1.reading, t1.unit)

session.query(Sensor).filter(Sensor.label == "T1").update({"reading": 30}, synchronize_session=False)
print("stale:", t1.reading)
session.refresh(t1)
print("refreshed:", t1.reading)

t2.reading = 5
t2.label = "T2b"
session.expire(t2, ["reading"])
print("expired reading:", t2.reading, "| label kept:", t2.label)
session.commit()
session.expire_all()
print(t2.label, t2.reading)
session.query(Sensor).update({Sensor.unit: "F"})
print("units:", t1.unit, t2.unit)
session.commit()
print([(s.label, s.reading, s.unit) for s in session.query(Sensor).order_by(Sensor.id)])

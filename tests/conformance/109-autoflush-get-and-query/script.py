s = Session()
s.add(Device(serial="SN-1", room="lab"))
print("queried:", s.query(Device).filter_by(serial="SN-1").first().id)
d2 = Device(serial="SN-2", room="office")
s.add(d2)
print("id before get:", d2.id)
print("get 2:", s.get(Device, 2).serial if s.get(Device, 2) else None)
print("id now:", d2.id)
print("get missing:", s.get(Device, 99))
s.commit()

with s.no_autoflush:
    s.add(Device(serial="SN-3"))
    print("count no autoflush:", s.query(Device).count())
print("count:", s.query(Device).count())
s.add(Device(serial=None, room="hall"))
try:
    s.query(Device).all()
except Exception as e:
    print("autoflush failed:", type(e).__name__)
    s.rollback()
print("final:", [d.serial for d in s.query(Device).order_by(Device.id)])

from sqlalchemy import text, null

with Session(engine) as s:
    s.add_all([Device(name="phone", specs={"ram": 8, "os": "android", "ports": ["usb-c"]}, extra=None),
               Device(name="laptop", specs={"ram": 16, "os": "linux", "ports": ["usb-a", "hdmi"]}, extra={"gpu": True}),
               Device(name="watch", specs={"ram": 1, "os": None, "ports": []})])
    s.flush()
    print(s.scalars(select(Device).where(Device.specs["os"].as_string() == "linux")).all())
    print(s.scalars(select(Device.name).where(Device.specs["ram"].as_integer() >= 8).order_by(Device.specs["ram"].as_integer())).all())
    print(select(Device.name).where(Device.specs["os"].as_string() == "x"))
    print(s.execute(select(Device.name, Device.specs["ports"]).order_by(Device.id)).all())
    print(s.execute(select(Device.name, func.json_array_length(Device.specs, "$.ports")).order_by(Device.id)).all())
    print(s.execute(text("SELECT name, extra FROM device ORDER BY id")).all())
    print(s.scalars(select(Device.name).where(Device.extra.is_(None)).order_by(Device.id)).all())
    d = s.get(Device, 3)
    d.specs["ram"] = 2
    print(d in s.dirty)
    d.specs = {**d.specs, "ram": 2}
    s.flush()
    print(s.execute(text("SELECT specs FROM device WHERE id = 3")).scalar())
    print(s.scalar(select(Device.specs["ram"]).where(Device.id == 2)), s.scalar(select(Device.specs["os"].as_string()).where(Device.id == 3)))
    s.rollback()

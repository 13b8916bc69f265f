with Session(engine) as s:
    s.add(Config(id=1, name="mode", value="dev"))
    s.commit()

with Session(engine) as s:
    merged = s.merge(Config(id=1, name="mode", value="prod"))
    print("merged value:", merged.value, merged in s)
    fresh = s.merge(Config(id=7, name="tz", value="UTC"))
    print("new pending:", fresh in s.new)
    s.commit()
    print([(c.id, c.name, c.value) for c in s.query(Config).order_by(Config.id)])

with Session(engine) as s:
    t = Thermostat(room="den")
    s.add(t)
    s.commit()
    t.target = 25
    t.mode = "heat"
    s.refresh(t, ["target"])
    print(t.target, t.mode)
    s.commit()
    s.expunge(t)
    t.target = 30
    s.commit()
    print(s.query(Thermostat.target, Thermostat.mode).one())
    s.add(t)
    s.commit()
    print(s.query(Thermostat.target, Thermostat.mode).one())

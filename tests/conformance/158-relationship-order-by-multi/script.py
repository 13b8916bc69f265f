lg = League(name="Premier")
for name, pts in [("Ajax", 30), ("Benfica", 42), ("Celtic", 30), ("Dynamo", 12)]:
    lg.clubs.append(Club(name=name, points=pts))
session.add(lg)
print("in memory:", [c.name for c in lg.clubs])
session.commit()
print("table:", [(c.name, c.points) for c in lg.clubs])
print("by name:", [c.name for c in lg.by_name])
lg.clubs[-1].points = 50
session.commit()
print("after update:", [c.name for c in lg.clubs])

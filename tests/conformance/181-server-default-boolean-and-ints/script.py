f = Flag(name="dark_mode")
g = Flag(name="beta", enabled=True, rollout=25)
session.add_all([f, g])
session.commit()
for x in session.query(Flag).order_by(Flag.id):
    print(x.name, x.enabled, x.rollout, x.weight)
print(session.query(Flag).filter(Flag.enabled == False).count())
print([x.name for x in session.query(Flag).filter(Flag.enabled.is_(True))])

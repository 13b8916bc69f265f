owls = Team(name="Owls")
bats = Team(name="Bats")
x, y, z = Athlete(name="x"), Athlete(name="y"), Athlete(name="z")
owls.members.extend([x, y])
z.team = bats
print("owls:", [a.name for a in owls.members], "| x.team:", x.team.name)
y.team = bats
print("after move:", [a.name for a in owls.members], [a.name for a in bats.members])
owls.members.remove(x)
print("x.team:", x.team)
bats.members.append(x)
print("x.team:", x.team.name, [a.name for a in bats.members])
session.add_all([owls, bats])
session.commit()
print([(a.name, a.team_id) for a in session.query(Athlete).order_by(Athlete.name)])
z.team = None
session.commit()
print([a.name for a in bats.members], session.query(Athlete).filter(Athlete.team_id.is_(None)).count())

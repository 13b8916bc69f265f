from sqlalchemy import inspect
session = Session(engine)
t = Team(code="red", title="Reds", players=[Player(name="ann"), Player(name="bob")])
session.add(t)
session.commit()
print(inspect(t).identity)
t.code = "RED"
session.flush()
print(inspect(t).identity, t.players)
print(session.get(Team, "RED") is t, session.get(Team, "red"))
p = session.get(Player, 1)
p.id = 10
session.commit()
print(session.get(Player, 10), session.get(Player, 1), inspect(p).identity)
print(session.scalars(select(Player.team_code).order_by(Player.id)).all())
t.title = "The Reds"
session.commit()
print(session.execute(select(Team.code, Team.title)).all())
session.close()

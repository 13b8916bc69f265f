from sqlalchemy import select
from sqlalchemy.orm import Session

session = Session(engine)
red = Team(name="red", players=[Player(name=n) for n in ["ann", "bob", "cat", "dan", "eve"]])
blue = Team(name="blue", players=[Player(name=n) for n in ["fay", "gus"]])
session.add_all([red, blue])
session.commit()

# the players are loaded with the collection; their .team is not loaded yet
p = red.players.pop(0)
print(p, p.team, p.team_id)
q = red.players.pop()
print(q, q.team)
r = red.players[0]
red.players.remove(r)
print(r, r.team, red.players)
session.commit()
print(session.execute(select(Player.name, Player.team_id).order_by(Player.id)).all())

# moving players from one team to another through the collections
red.players.extend(blue.players)
print(red.players, blue.players)
print([pl.team for pl in red.players])
session.commit()

# slices
red.players[1:3] = [Player(name="hal"), Player(name="ivy"), Player(name="jo")]
print(red.players)
try:
    red.players[::2] = [Player(name="x")]
except ValueError as e:
    print("ValueError:", e)
old = red.players[0]
red.players[0:1] = []
print(old.team, red.players)
session.commit()
print(session.execute(select(Player.name, Player.team_id).order_by(Player.id)).all())

# replacing the whole collection
kept = red.players[0]
gone = red.players[1:]
red.players = [kept, Player(name="kim")]
print([g.team for g in gone], kept.team)
session.commit()
print(session.execute(select(Team.name, Player.name).join(Team.players).order_by(Player.id)).all())
session.close()

with Session(engine) as s:
    s.add(Team(name="Owls", motto="Hoot", history="long", players=[Player(name="Ann", bio="a" * 5), Player(name="Bo", bio="b")]))
    s.commit()

with Session(engine) as s:
    stmt = select(Player).options(joinedload(Player.team).load_only(Team.name)).order_by(Player.id)
    print(stmt)
    p = s.scalars(stmt).first()
    print(p.name, p.team.name, sorted(inspect(p.team).unloaded))

with Session(engine) as s:
    stmt = select(Player).options(joinedload(Player.team).defer(Team.motto)).where(Player.name == "Bo")
    print(stmt)
    p = s.scalars(stmt).one()
    print(sorted(inspect(p.team).unloaded), p.team.motto)

with Session(engine) as s:
    stmt = select(Team).options(joinedload(Team.players).defer(Player.bio))
    t = s.scalars(stmt).unique().one()
    print([sorted(inspect(x).unloaded) for x in t.players])

with Session(engine) as s:
    stmt = select(Player).options(joinedload(Player.team).undefer(Team.history))
    print(stmt)
    p = s.scalars(stmt).first()
    print(sorted(inspect(p.team).unloaded), p.team.history)

with Session(engine) as s:
    t = Team(name="Owls")
    s.add(t)
    s.flush()
    s.add_all([Player(name="ann", team_id=t.id), Player(name="bo", team_id=t.id), Coach(team_id=t.id), Sponsor(team_id=t.id)])
    s.commit()

with Session(engine) as s:
    team = s.scalars(select(Team)).one()
    p = s.scalars(select(Player).options(raiseload(Player.team)).limit(1)).one()
    p2 = s.scalars(select(Player).where(Player.name == "bo")).one()

for label, fn in [
    ("players", lambda: team.players),
    ("coaches", lambda: team.coaches),
    ("sponsors", lambda: team.sponsors),
    ("p.team", lambda: p.team),
    ("p2.team", lambda: p2.team),
]:
    try:
        print(label, fn())
    except DetachedInstanceError as e:
        print(label, "DetachedInstanceError")
    except InvalidRequestError as e:
        print(label, type(e).__name__, e)

with Session(engine) as s:
    team = s.get(Team, 1)
    try:
        team.sponsors
    except InvalidRequestError as e:
        print(type(e).__name__, e)
    team = s.scalars(select(Team).options(selectinload(Team.players), lazyload(Team.coaches))).one()
    print([x.name for x in team.players], len(team.coaches))
    team2 = s.scalars(select(Team).options(noload(Team.players)).execution_options(populate_existing=True)).one()
    print(team2 is team, team2.players)

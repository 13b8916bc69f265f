with Session(engine) as session:
    reds = Team(name="Reds", players=[Player(name="Ari", goals=3), Player(name="Bo", goals=1), Player(name="Cy")])
    blues = Team(name="Blues", players=[Player(name="Di", goals=7)])
    greens = Team(name="Greens", players=[Player(name="Ed", goals=2), Player(name="Fay", goals=2)])
    session.add_all([reds, blues, greens])
    session.commit()

    total = func.sum(Player.goals).label("total")
    stmt = select(Team.name, total).join(Team.players).group_by(Team.name).order_by(total.desc(), Team.name)
    for row in session.execute(stmt):
        print(row.name, row.total)
    big = select(Team.name).join(Team.players).group_by(Team.id).having(func.count(Player.id) > 1).order_by(Team.name)
    print("big teams:", session.scalars(big).all())
    n = session.execute(select(func.count(Player.id)).where(Player.goals == 0)).scalar_one()
    print("scoreless:", n)
    best = session.scalars(select(Player).order_by(Player.goals.desc()).limit(1)).one()
    print("best:", best.name, best.team.name)

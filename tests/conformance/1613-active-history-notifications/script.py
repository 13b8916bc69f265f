with Session(engine) as s:
    red, blue = Team(name="red"), Team(name="blue")
    p = Player(name="ann", email="a@x.io", team=red)
    s.add_all([p, blue])
    s.commit()
    print(notes)
    notes.clear()
    p.email = "ann@x.io"
    p.rating = 1100
    p.team = blue
    print(notes)
    notes.clear()
    s.commit()
    s.expire(p)
    p.email = "new@x.io"
    p.rating = 1200
    p.team = None
    print(notes)
    s.commit()
    print(s.execute(select(Player.email, Player.rating, Player.team_id)).all())

with Session(engine) as s:
    red, blue = Team(name="red"), Team(name="blue")
    print("transient")
    p = Player(name="ann", team=red, coach=blue)
    p.nick = "a"
    s.add_all([p, blue])
    print("pending")
    p.nick = "b"; p.coach = red; p.team = blue
    s.commit()
    print("expired")
    p.name = "ann2"
    p.team = red
    p.coach = blue
    p.nick = "c"
    s.commit()
    print("expired, active first")
    p.nick = "d"
    p.team = blue
    p.coach = red
    s.commit()
    s.expunge_all()
    print("fresh load")
    p = s.get(Player, 1)
    p.team = None
    p.coach = None
    s.flush()
    s.expire(p, ["coach", "team"])
    print("expire relationship")
    p.team = blue
    p.coach = blue
    q = Player(name="bob")
    s.add(q)
    s.flush()
    print("pending->persistent")
    q.coach = blue
    q.team = blue
    q.nick = None
    print(" members", [x.name for x in blue.players])

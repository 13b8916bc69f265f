def show(label):
    print(label)
    for stmt, params, many in log:
        print("   ", stmt, params, "executemany" if many else "")
    log.clear()


with Session(engine) as s:
    t = Team(name="core", members=[Member(name="ann"), Member(name="bob", role="lead"), Member(name="cy")])
    s.add_all([t, Team(name="web")])
    s.commit()
    show("insert")
    for m in t.members:
        m.role = "ops"
    s.flush()
    show("update same column")
    t.members[0].name = "anna"
    t.members[1].role = "dev"
    s.flush()
    show("update different columns")
    s.delete(t.members[2])
    s.delete(s.get(Team, 2))
    s.commit()
    show("delete")

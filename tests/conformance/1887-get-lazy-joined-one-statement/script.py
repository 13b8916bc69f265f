with Session(engine) as s:
    s.add_all([City(name="Paris", country=Country(name="France"))])
    s.commit()
with Session(engine) as s:
    stmts.clear()
    c = s.get(City, 1)
    print(c.country.name)
    for st in stmts:
        print(st)
with Session(engine) as s:
    stmts.clear()
    print(s.get(City, 2), s.get(City, 1).name, len(stmts))

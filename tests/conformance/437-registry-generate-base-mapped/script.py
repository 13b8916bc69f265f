with Session(e) as s:
    s.add_all([U(), V(name="y")])
    s.commit()
    print([(v.id, v.name) for v in s.query(V).order_by(V.id)])
    print(V.__name__, V.__table__.name, U.registry is mapper_registry, B2.registry is not mapper_registry)

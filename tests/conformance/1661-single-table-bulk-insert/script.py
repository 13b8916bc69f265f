with Session(engine) as s:
    s.execute(insert(Dog), [{"name": "rex", "breed": "lab"}])
    s.bulk_save_objects([Eng(name="v")])
    s.commit()
    print(s.execute(select(Emp.name, Emp.type)).all(), s.execute(select(Animal.__table__)).all(), s.execute(select(Dog.__table__)).all())
    for label, fn in [("insert-many", lambda: s.execute(insert(Eng), [{"name": "x"}, {"name": "y"}])),
                      ("insert-returning", lambda: s.scalars(insert(Eng).returning(Eng), [{"name": "z"}]).all()),
                      ("bulk-mappings", lambda: s.bulk_insert_mappings(Eng, [{"name": "w"}]))]:
        try:
            r = fn()
            s.commit()
            print(label, "ok", [(type(o).__name__, o.type) for o in r] if isinstance(r, list) else "")
        except Exception as e:
            s.rollback()
            print(label, type(e).__name__)
    print(s.execute(select(Emp.id, Emp.name, Emp.type).order_by(Emp.id)).all())

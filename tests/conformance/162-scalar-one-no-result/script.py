with Session(engine) as s:
    s.add_all([Drug(name="ibuprofen", dose_mg=200), Drug(name="ibuprofen", dose_mg=400), Drug(name="paracetamol", dose_mg=500)])
    s.commit()
    print(s.execute(select(Drug).where(Drug.name == "paracetamol")).scalar_one().dose_mg)
    print(s.scalars(select(Drug).where(Drug.name == "aspirin")).one_or_none())
    print(s.scalars(select(Drug.dose_mg).where(Drug.name == "ibuprofen").order_by(Drug.dose_mg)).all())
    try:
        s.scalars(select(Drug).where(Drug.name == "ibuprofen")).one()
    except MultipleResultsFound:
        print("two ibuprofens")
    try:
        s.execute(select(Drug.id).where(Drug.dose_mg > 1000)).scalar_one()
    except NoResultFound:
        print("nothing that strong")
    print(s.scalar(select(Drug.name).where(Drug.dose_mg > 1000)))
    print(s.execute(select(Drug.name).where(Drug.dose_mg > 1000)).first())
    s.execute(select(Drug).where(Drug.dose_mg == 999)).one()

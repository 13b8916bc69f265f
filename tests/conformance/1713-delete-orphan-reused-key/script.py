def state(s):
    return [s.scalar(select(func.count()).select_from(m)) for m in (Person, Address, Passport)]

with Session(engine) as s:
    p = Person(name="ann", address=Address(street="Main 1"))
    Passport(number="X1", person=p)
    s.add(p)
    s.commit()
    print(state(s), p.address.resident is p, p.passport.number, p.passport.person is p)
    old = p.address
    p.address = Address(street="Side 2")
    s.commit()
    print(state(s), s.scalars(select(Address.street)).all(), old.resident)
    q = Person(name="bob")
    try:
        q.address = p.address
        s.add(q)
        s.flush()
    except Exception as e:
        print(type(e).__name__, str(e)[:110])
        s.rollback()
    p.address = None
    s.commit()
    print(state(s))
    p.passport = None
    s.flush()
    p.passport = Passport(number="X2")
    s.flush()
    print(state(s), s.scalars(select(Passport.number)).all())
    s.delete(p)
    s.commit()
    print(state(s))

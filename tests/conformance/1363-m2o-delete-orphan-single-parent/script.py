from sqlalchemy.exc import InvalidRequestError

with Session(engine) as s:
    p = Person(address=Address(street="1 Elm St"))
    s.add(p)
    s.commit()
    p.address = Address(street="2 Oak Ave")
    s.commit()
    print(s.scalars(select(Address).order_by(Address.id)).all())
    p.address = None
    s.commit()
    print(s.scalars(select(Address)).all(), p.address_id)
    shared = Address(street="3 Pine Rd")
    a, b = Person(address=shared), Person()
    s.add_all([a, b])
    s.commit()
    b.address = shared
    try:
        s.flush()
    except InvalidRequestError as e:
        print(type(e).__name__)
        s.rollback()
    s.delete(a)
    s.commit()
    print(s.scalars(select(Address)).all(), s.scalars(select(Person.id).order_by(Person.id)).all())

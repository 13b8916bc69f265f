with Session(engine) as s:
    s.add(Customer(id=1, name="ann", email="a@x", addresses=[Address(id=1, city="Oslo"), Address(id=2, city="Rome")]))
    s.commit()
incoming = Customer(id=1, name="Ann", addresses=[Address(id=2, city="Roma"), Address(id=3, city="Paris")])
with Session(engine) as s:
    merged = s.merge(incoming)
    print(merged is incoming, merged, merged.addresses, inspect(incoming).transient, incoming in s)
    print(sorted(type(o).__name__ + str(o.id) for o in s.new), sorted(type(o).__name__ + str(o.id) for o in s.dirty))
    s.commit()
    print(s.execute(select(Address.id, Address.customer_id, Address.city).order_by(Address.id)).all())
    print(s.get(Customer, 1))
with Session(engine) as s:
    c = s.get(Customer, 1)
    print(c.addresses)
s.close()
c.name = "ANN"
c.addresses[0].city = "PARIS"
with Session(engine) as s2:
    m = s2.merge(c)
    print(m is c, s2.is_modified(m), m.name, [a.city for a in m.addresses], len(s2.dirty))
    s2.commit()
with Session(engine) as s3:
    clean = Customer(id=1, name="cached", email=None)
    try:
        s3.merge(clean, load=False)
    except Exception as e:
        print(type(e).__name__, str(e)[:100])
    new = s3.merge(Customer(id=7, name="zed"))
    print(inspect(new).pending, new in s3.new)
    s3.commit()
    print(s3.execute(select(Customer.id, Customer.name, Customer.email).order_by(Customer.id)).all())
    print(s3.execute(select(Address.id, Address.city).order_by(Address.id)).all())

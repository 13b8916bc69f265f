with Session(engine) as s:
    s.add_all([
        User(name='jack', addresses=[Address(street='1 Main', city='Boston'), Address(street='2 Elm x', city='NYC'), Address(street='3 Oak x', city='Boston')]),
        User(name='ed', addresses=[Address(street='9 Pine', city='Boston')]),
        User(name='wendy'),
    ])
    s.commit()
    jack = s.scalars(select(User).where(User.name == 'jack')).one()
    print(jack.addresses)
    print(jack.boston_addresses)
    print(jack.x_addresses)
    jack.addresses.append(Address(street='4 Box x', city='Boston'))
    print(len(jack.boston_addresses))
    s.commit()
    print(len(jack.boston_addresses), jack.x_addresses)
    s.expunge_all()
    users = s.scalars(select(User).options(joinedload(User.boston_addresses)).order_by(User.id)).unique().all()
    print([(u.name, u.boston_addresses) for u in users])
    s.expunge_all()
    users = s.scalars(select(User).options(selectinload(User.x_addresses)).order_by(User.id)).all()
    print([(u.name, u.x_addresses) for u in users])
    print(s.scalars(select(User.name).join(User.boston_addresses).order_by(Address.id)).all())
    print(s.query(User.name, Address.street).join(User.x_addresses).order_by(Address.id).all())
    print(s.scalars(select(User.name).where(User.boston_addresses.any(Address.street.like('9%')))).all())
    print(s.scalars(select(User.name).where(~User.x_addresses.any()).order_by(User.id)).all())
    print(s.scalars(select(Address.street).where(with_parent(users[0], User.boston_addresses)).order_by(Address.id)).all())
    print(select(User).join(User.boston_addresses))
    print(select(User).where(User.x_addresses.any()))

with Session(engine) as s:
    stmt = select(User).options(selectinload(User.addresses.and_(Address.verified == True))).order_by(User.id)
    for u in s.scalars(stmt):
        print(u, u.addresses)

with Session(engine) as s:
    stmt = select(User).options(joinedload(User.addresses.and_(Address.email.like("%sqlalchemy.org")))).order_by(User.id)
    print(stmt)
    print([(u.name, u.addresses) for u in s.scalars(stmt).unique()])

with Session(engine) as s:
    stmt = select(User.name, Address.email).join(User.addresses.and_(Address.verified)).order_by(User.name)
    print(stmt)
    print(s.execute(stmt).all())
    stmt = select(User.name, Address.email).outerjoin(User.addresses.and_(Address.email.endswith(".com"))).order_by(User.id)
    print(s.execute(stmt).all())

with Session(engine) as s:
    u = s.scalars(select(User).options(lazyload(User.addresses.and_(Address.verified == False))).where(User.name == "sandy")).one()
    print(u.addresses)
    print(s.scalars(select(User).where(User.addresses.any(Address.verified)).order_by(User.name)).all())

with Session(engine) as session:
    session.add_all([Item(name=f"item{i:02d}") for i in range(1, 11)])
    session.commit()
    stmt = select(Item).order_by(Item.name.desc())
    p = paginate(session, stmt, 1)
    print(p, p.has_next, p.has_prev, p.total)
    p = paginate(session, stmt, 4)
    print(p, p.has_next, p.has_prev)
    p = paginate_query(session.query(Item).filter(Item.id > 2).order_by(Item.id), 2, 4)
    print(p, p.pages)
    print(session.query(Item).filter(Item.id > 100).limit(5).all())
    last_id = 0
    while True:
        batch = session.scalars(select(Item).where(Item.id > last_id).order_by(Item.id).limit(4)).all()
        if not batch:
            break
        print([i.id for i in batch])
        last_id = batch[-1].id
    print(select(Item).limit(3).offset(6))
    print(session.query(Item).order_by(Item.id).offset(8).all()[0].name)

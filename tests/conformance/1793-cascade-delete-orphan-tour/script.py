def counts(s):
    return [s.scalar(select(func.count()).select_from(m)) for m in (Parent, PlainChild, OwnedChild, DbChild, NullChild)]

with Session(engine) as s:
    for i in range(3):
        s.add(Parent(name=f"p{i}", plain=[PlainChild(), PlainChild()], owned=[OwnedChild(), OwnedChild()], dbside=[DbChild()], nullable=[NullChild()]))
    s.commit()
    print(counts(s))
    p0 = s.scalars(select(Parent).where(Parent.name == "p0")).one()
    s.delete(p0)
    s.commit()
    print(counts(s), s.execute(select(PlainChild.id, PlainChild.parent_id).order_by(PlainChild.id)).all()[:2], s.scalars(select(NullChild.parent_id).order_by(NullChild.id)).all())
    p1 = s.scalars(select(Parent).where(Parent.name == "p1")).one()
    orphan = p1.owned.pop(0)
    print(inspect(orphan).persistent)
    s.commit()
    print(counts(s), inspect(orphan).detached, inspect(orphan).was_deleted)
    p1.plain.clear()
    s.commit()
    print(counts(s), s.scalars(select(PlainChild.parent_id).order_by(PlainChild.id)).all())
    p2 = s.scalars(select(Parent).where(Parent.name == "p2")).one()
    moved = p2.owned[0]
    p1.owned.append(moved)
    s.commit()
    print(counts(s), [len(p1.owned), len(p2.owned)])
    oc = OwnedChild()
    p2.owned.append(oc)
    p2.owned.remove(oc)
    s.commit()
    print(counts(s), inspect(oc).transient)
    p2.dbside = []
    s.commit()
    print(counts(s))
    try:
        s.execute(Parent.__table__.delete().where(Parent.id == p1.id))
        s.commit()
    except Exception as e:
        print(type(e).__name__, e.orig)
        s.rollback()
    print(counts(s))
    c = s.scalars(select(OwnedChild)).first()
    c.parent = None
    try:
        s.commit()
    except Exception as e:
        print(type(e).__name__, e.orig)
        s.rollback()
    print(counts(s))

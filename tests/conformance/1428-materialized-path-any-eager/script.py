from sqlalchemy.orm import joinedload, selectinload, with_parent
with Session(engine) as session:
    for p in ["/a", "/a/b", "/a/b/c", "/a/d", "/x", "/x/y"]:
        session.add(Element(path=p))
    session.commit()
    print(select(Element.path).where(Element.descendants.any()))
    print(session.scalars(select(Element.path).where(Element.descendants.any()).order_by(Element.path)).all())
    a = session.get(Element, "/a")
    print(session.scalars(select(Element.path).where(with_parent(a, Element.descendants))).all())
    session.expunge_all()
    for e in session.scalars(select(Element).options(joinedload(Element.descendants)).order_by(Element.path)).unique():
        print(e.path, [d.path for d in e.descendants])
    session.expunge_all()
    for e in session.scalars(select(Element).options(selectinload(Element.descendants)).order_by(Element.path)):
        print(e.path, [d.path for d in e.descendants])

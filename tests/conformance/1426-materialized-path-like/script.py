with Session(engine) as session:
    for p in ["/foo", "/foo/bar1", "/foo/bar2", "/foo/bar2/bat1", "/foo/bar2/bat2", "/foo/bar3", "/bar"]:
        session.add(Element(path=p))
    session.commit()
    e = session.get(Element, "/foo/bar2")
    print([x.path for x in e.descendants])
    print([x.path for x in session.get(Element, "/foo").descendants])
    print(session.get(Element, "/bar").descendants)
    from sqlalchemy.orm import aliased
    d = aliased(Element)
    print(select(Element.path, d.path).join(Element.descendants.of_type(d)))
    print(session.execute(select(Element.path, d.path).join(Element.descendants.of_type(d)).where(Element.path == '/foo/bar2')).all())

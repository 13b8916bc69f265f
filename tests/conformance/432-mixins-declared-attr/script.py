print(sorted(Base.metadata.tables.keys()))
print(Foo.__tablename__, list(Foo.__table__.columns.keys()))
with Session(engine) as s:
    t = Target(name="t1")
    s.add_all([Foo(label="a", target=t), Foo(label="b", note="hi", created_by="ann"), Bar(size=3, target=t)])
    s.commit()
    for f in s.query(Foo).order_by(Foo.id):
        print(f, f.label, f.created_by, f.note, f.target)
    print(s.query(Bar).one().target.name)
    print(s.query(Foo).filter(Foo.target_id == t.id).count())

p = Parent()
c1 = Child(name="c1")
p.children.add(c1)
p.children.add(c1)
c2 = Child(name="c2", parent=p)
print(type(p.children).__name__, len(p.children))
print(sorted(c.name for c in p.children))
p.others.add(Other())
with Session(engine) as s:
    s.add_all([c1, c2, p])
    s.commit()
    print(sorted(c.name for c in p.children), len(p.others))
    p.children.discard(c1)
    s.commit()
    print(s.execute(select(Child.name, Child.parent_id).order_by(Child.id)).all())
    s.expire_all()
    print(type(p.children).__name__, [c.name for c in p.children])
    p.children = {Child(name="c3")}
    s.commit()
    print(s.execute(select(Child.name, Child.parent_id).order_by(Child.id)).all())
    try:
        p.children.append(Child(name="bad"))
    except AttributeError as e:
        print("AttributeError")

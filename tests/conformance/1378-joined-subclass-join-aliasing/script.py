engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    web = Department(title="web")
    ada = Lead(name="ada", level=3, department=web)
    bob = Lead(name="bob", level=2)
    s.add_all([
        web, ada, bob,
        Developer(name="cy", stack="rust", lead=ada),
        Developer(name="di", stack="go", lead=ada),
        Developer(name="ed", stack="js", lead=bob),
        Developer(name="fay", stack="py"),
        Staff(name="gus"),
    ])
    s.commit()

with Session(engine) as s:
    # joining a joined subclass from an unrelated table: no aliasing needed
    print(s.scalars(select(Department.title).join(Department.leads).where(Lead.level > 2)).all())
    # Developer -> Lead overlap on "staff": the target is aliased and criteria follow it
    stmt = select(Developer.name, Lead.name).join(Developer.lead).where(Lead.level >= 2).order_by(Lead.name, Developer.name)
    print(stmt)
    for row in s.execute(stmt):
        print(row)
    pairs = s.execute(select(Developer, Lead).join(Developer.lead).order_by(Developer.id)).all()
    print(pairs)
    print(s.scalar(select(func.count(Developer.id))))
    print(s.scalar(select(func.max(Lead.level))))
    # an explicit flat alias
    boss = aliased(Lead, flat=True)
    q = select(Developer.name, boss.name).outerjoin(Developer.lead.of_type(boss)).order_by(Developer.name)
    print(s.execute(q).all())
    # an aliased joined subclass as an entity
    dev = aliased(Developer)
    print(s.scalars(select(dev).where(dev.stack.in_(["go", "py"])).order_by(dev.name)).all())

ids = [uuid.UUID(int=n * 7919) for n in range(1, 4)]
with Session(engine) as session:
    ann = User(id=ids[0], name="ann", role=Role.ADMIN)
    bob = User(id=ids[1], name="bob", backup_role=Role.EDITOR)
    cy = User(id=ids[2], name="cy")
    ann.tasks = [Task(title="deploy", priority=Priority.HIGH), Task(title="docs", priority=Priority.LOW)]
    bob.tasks.append(Task(title="review", priority=Priority.HIGH))
    session.add_all([ann, bob, cy])
    session.commit()
    print(cy.role, bob.backup_role, cy.backup_role)
with Session(engine) as session:
    for user in session.scalars(select(User).order_by(User.name)):
        print(user.name, user.role, user.role.value, user.backup_role, user.id, [t.priority for t in user.tasks])
    admins = session.scalars(select(User.name).where(User.role == Role.ADMIN)).all()
    print(admins)
    high = session.scalars(select(Task.title).where(Task.priority == Priority.HIGH).order_by(Task.title)).all()
    print(high)
    bob = session.get(User, ids[1])
    print(bob.name, bob.role is Role.VIEWER, isinstance(bob.id, uuid.UUID))
    bob.role = Role.EDITOR
    session.commit()
    print(session.scalar(select(User.role).where(User.name == "bob")))
    print(session.scalars(select(User.name).where(User.role != Role.VIEWER).order_by(User.name)).all())

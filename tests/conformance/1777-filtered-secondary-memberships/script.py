from sqlalchemy import update
with Session(engine) as s:
    ann, bob = User(name="ann"), User(name="bob")
    chess, go, art = Group(name="chess"), Group(name="go"), Group(name="art")
    ann.groups = [chess, go, art]
    bob.groups = [go]
    s.add_all([ann, bob])
    s.commit()
    s.execute(update(membership).where(membership.c.user_id == ann.id, membership.c.group_id == go.id).values(active=False))
    s.execute(update(membership).where(membership.c.group_id == art.id).values(role="admin"))
    s.commit()
    print(ann.groups, ann.active_groups, ann.admin_of, bob.active_groups, go.members)
    print(s.scalars(select(User.name).where(User.active_groups.any(Group.name == "go"))).all())
    print(s.scalars(select(User.name).join(User.admin_of)).all())
    print(select(User.name).join(User.active_groups))
    print(s.execute(select(Group.name, func.count(membership.c.user_id)).join(membership).where(membership.c.active).group_by(Group.name).order_by(Group.name)).all())
    ann.groups.remove(chess)
    s.commit()
    print(s.execute(select(membership.c.group_id, membership.c.active, membership.c.role).where(membership.c.user_id == ann.id).order_by(membership.c.group_id)).all(), ann.active_groups)

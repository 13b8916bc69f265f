a = Account(email="  Ann@Example.COM ", balance=10)
print(a.email, a.nickname, log)
log.clear()
a.balance += 5
a.tags.append(Tag(label="vip"))
a.tags.extend([Tag(label="new"), Tag(label="eu")])
a.tags.remove(a.tags[1])
a.tags[0] = Tag(label="gold")
print([t.label for t in a.tags], log)
log.clear()
with Session(engine) as s:
    s.add(a)
    s.commit()
    print(s.execute(select(Account.email, Account.nickname, Account.balance)).all(), log)
    log.clear()
    s.expire_all()
    a2 = s.scalars(select(Account)).one()
    print(log, a2.email)
    a2.email = "X@Y"
    a2.tags = [Tag(label="z")]
    print(log)
    s.commit()
    print(s.scalars(select(Tag.label).order_by(Tag.id)).all())

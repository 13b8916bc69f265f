u = User(name="ann")
u.keywords.append("cheese-inspector")
u.keywords.extend(["snack", "nap"])
print(u.kw, u.keywords, len(u.keywords), "snack" in u.keywords, "tea" in u.keywords)
print(list(u.keywords), u.keywords[0], u.keywords[-1], u.keywords[1:])
print(u.keywords == ["cheese-inspector", "snack", "nap"], bool(u.keywords))
u.keywords[0] = "inspector"
print(u.kw[0], u.keywords.index("nap"), u.keywords.count("nap"))
u.keywords.remove("snack")
try:
    u.keywords.remove("tea")
except ValueError as e:
    print("ValueError", e)
print(u.keywords, u.keywords.pop(), u.keywords)
u.tags.append("red")
u.tags.append("red")
print(sorted(u.tags), len(u.tags), "RED" in u.tags)
print(u.city)
u.city = "Oslo"
print(u.address.city, u.city)
u.city = "Bergen"
print(u.address.city)
b = User(name="bob")
b.keywords = ["snack", "tea"]
print(b.keywords)
b.keywords = ["tea"]
print(b.keywords, [k.keyword for k in b.kw])
print(User.keywords, User.city)
print(User.keywords.contains("tea") is not None)
with Session(engine) as s:
    s.add_all([u, b])
    s.commit()
    print(select(User.name).where(User.keywords.any(Keyword.keyword == "tea")))
    print(s.scalars(select(User.name).where(User.keywords.any(Keyword.keyword == "tea"))).all())
    print(s.scalars(select(User.name).where(User.keywords == "inspector")).all())
    print(s.scalars(select(User.name).where(User.keywords.like("insp%")).order_by(User.name)).all())
    print(select(User.name).where(User.city == "Bergen"))
    print(s.scalars(select(User.name).where(User.city == "Bergen")).all())
    print(s.scalars(select(User.name).where(User.city == None)).all())
    print(s.scalars(select(User.name).where(User.tags.any(Tag.label == "RED"))).all())
    for bad in (lambda: User.city.any(), lambda: User.keywords.has()):
        try:
            bad()
        except InvalidRequestError as e:
            print(type(e).__name__, e)
    ann = s.scalars(select(User).where(User.name == "ann")).one()
    print(ann.keywords, ann.city, ann.tags)
    ann.keywords.clear()
    s.commit()
    print(ann.keywords, s.query(User).filter(User.keywords.any()).count())
    print(s.scalars(select(User.name).where(User.kw.contains(s.get(Keyword, 2)))).all())
    print(s.query(User.name).filter(User.kw.any(Keyword.keyword.in_(["tea", "x"]))).all())

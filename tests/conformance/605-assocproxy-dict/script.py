user = User("log")

user.keywords["sk1"] = Keyword("kw1")
user.keywords["sk2"] = Keyword("kw2")

print(user.keywords)
print(sorted(user.keywords.keys()), "sk1" in user.keywords, user.keywords.get("nope"))
with Session(engine) as s:
    s.add(user)
    s.commit()
    user.keywords["sk1"] = Keyword("kw1b")
    del user.keywords["sk2"]
    s.commit()
    print(s.execute(select(UserKeywordAssociation.special_key, Keyword.keyword).join(UserKeywordAssociation.keyword)).all())
    s.expire_all()
    print(dict(user.keywords))
    print(s.scalars(select(Keyword.keyword).order_by(Keyword.id)).all())

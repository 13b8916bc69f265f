s = Session(engine)
p = Profile(name="ann", settings={"theme": "dark"}, tags=["a"], plain={"n": 1})
s.add(p)
s.commit()
p.settings["lang"] = "en"
p.tags.append("b")
p.plain["n"] = 2
print(p in s.dirty, s.is_modified(p), type(p.settings).__name__, type(p.tags).__name__, type(p.plain).__name__)
s.commit()
print(p.settings, p.tags, p.plain)
p.settings.update(size=3)
p.settings.pop("theme")
p.tags.extend(["c", "d"])
p.tags.remove("a")
s.commit()
print(p.settings, p.tags)
p.tags = ["x"]
print(type(p.tags).__name__)
p.tags.append("y")
s.commit()
print(p.tags)
try:
    p.settings = [1, 2]
except ValueError as e:
    print("ValueError", e)
s.rollback()
print(s.execute(select(Profile.settings, Profile.tags, Profile.plain)).all())
s.query(Profile).delete()
s.commit()

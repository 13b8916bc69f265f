def label(v):
    if v is None:
        return None
    if isinstance(v, type):
        return v.__name__
    if type(v).__name__ == "AliasedClass":
        return "AliasedClass"
    return str(v)


def show(descs):
    for d in descs:
        print(list(d), d["name"], repr(d["type"]), d.get("aliased"), label(d.get("entity")), label(d["expr"]))


ua = aliased(User)
named = aliased(Address, name="addr")
show(select(User, User.name, ua, named, Address.email.label("e")).column_descriptions)
show(select(func.count(User.id), func.max(Address.id).label("top"), literal_column("1")).column_descriptions)
show(select(User.__table__, Address.__table__.c.email, User.__table__.c.name.label("nm")).column_descriptions)
show(select(User.id).join(User.addresses).where(Address.id > 1).column_descriptions)
show(select(User.name, Address.id, User.id, Address.email, User.name).column_descriptions)
show(select(User.__table__.c.id, Address.__table__.c.id, func.count()).column_descriptions)
stmt = update(User).values(name="x").returning(User.id, User.name)
d = stmt.entity_description
print(list(d), d["name"], d["entity"].__name__, d["expr"].__name__, d["type"].__name__, d["table"].name)
show(stmt.returning_column_descriptions)
d = insert(Address).entity_description
print(d["name"], d["table"].name, insert(Address).returning_column_descriptions)
d = delete(User).where(User.id == 1).returning(User.name).entity_description
print(d["name"], d["type"].__name__)
d = update(User.__table__).entity_description
print(list(d), d["name"], d["table"].name)
show(update(User.__table__).returning(User.__table__.c.id).returning_column_descriptions)
show(insert(User.__table__).returning(User.__table__.c.id, User.__table__.c.name).returning_column_descriptions)

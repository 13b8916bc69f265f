# Serialising ORM objects through __dict__, the way many answers do it.
def to_dict(obj):
    d = dict(obj.__dict__)
    del d["_sa_instance_state"]
    return d


u = User(name="ann")
print(sorted(vars(u)))
print("_sa_instance_state" in u.__dict__, hasattr(u, "_sa_instance_state"))
print(to_dict(u))
print(type(u._sa_instance_state).__name__, u._sa_instance_state.transient)

with Session(engine) as session:
    session.add(u)
    u.addresses.append(Address(email="ann@example.com"))
    session.flush()
    print(u.__dict__["_sa_instance_state"].pending is False, inspect(u).persistent)
    print(sorted(to_dict(u)))
    session.commit()
    print(list(u.__dict__))
    a = session.scalars(select(Address)).one()
    print(sorted((k, v) for k, v in a.__dict__.items() if not k.startswith("_")))
    try:
        print(to_dict(Address(email="x"))["_sa_instance_state"])
    except KeyError as e:
        print("KeyError", e)
    state = u.__dict__.pop("_sa_instance_state", "gone")
    print(type(state).__name__)

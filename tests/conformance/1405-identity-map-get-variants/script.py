from sqlalchemy import update
from sqlalchemy.exc import NoResultFound

with Session(engine) as s:
    earth = s.get(Planet, 2)
    print(earth, s.get(Planet, 2) is earth, s.get(Planet, {"id": 2}) is earth)
    print(identity_key(Planet, 2), inspect(earth).identity, inspect(earth).key == identity_key(Planet, 2))
    print(identity_key(Planet, 2) in s.identity_map, len(s.identity_map))
    print(object_session(earth) is s, s.scalar(select(Planet).where(Planet.id == 2)) is earth)
    try:
        s.get_one(Planet, 42)
    except NoResultFound:
        print("get_one: NoResultFound")
    print(s.get(Planet, 42))

    s.execute(update(Planet).where(Planet.id == 2).values(moons=99).execution_options(synchronize_session=False))
    print(earth.moons, s.get(Planet, 2).moons)
    print(s.get(Planet, 2, populate_existing=True).moons)
    earth.moons = 1
    print(s.scalars(select(Planet).where(Planet.moons > 50)).all())
    fresh = s.scalars(select(Planet).where(Planet.id == 3).execution_options(populate_existing=True)).one()
    print(fresh, sorted(k[1] for k in s.identity_map.keys()))
    s.expunge(fresh)
    print(len(s.identity_map), fresh in s)
    m = s.merge(Planet(id=3, name="Mars", moons=3))
    print(m is fresh, m, s.dirty)
    s.rollback()
    print(m, earth)

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    red = Team(name="red")
    red.staff = [Coach(name="ann", licence="UEFA-A"), Medic(name="bob", speciality="knees"), Staff(name="cy")]
    s.add(red)
    s.commit()
    s.expunge_all()
    stmt = select(Staff).where(Staff.name != "zed").order_by(Staff.id)
    print(stmt)
    people = s.scalars(stmt).all()
    print(people)
    print([sorted(k for k in p.__dict__ if not k.startswith("_")) for p in people])
    print(people[0].licence, people[1].speciality)
    print(s.scalars(select(Staff.name).order_by(Staff.name)).all())
    print(select(Coach))

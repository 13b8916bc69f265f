from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import UnmappedInstanceError

with Session(engine) as session:
    for value in ["rex", 7, None, NotAModel("tom"), [Pet(name="a")], {"name": "b"}, Pet]:
        for method in ("add", "delete", "merge", "expunge", "refresh"):
            try:
                getattr(session, method)(value)
                print(method, "ok")
            except UnmappedInstanceError as e:
                print(method, e)
    try:
        session.add_all([Pet(name="c"), "oops"])
    except UnmappedInstanceError as e:
        print("add_all", e)
    print(len(session.new))

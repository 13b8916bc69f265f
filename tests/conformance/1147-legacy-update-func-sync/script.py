from sqlalchemy import select, func
from sqlalchemy.exc import InvalidRequestError

with Session(engine) as s:
    users = s.query(User).order_by(User.id).all()
    n = s.query(User).filter(User.id > 1).update({User.name: func.upper(User.name)}, synchronize_session="evaluate")
    print(n, [u.name for u in users])
    s.query(User).filter(User.id == 3).update({"name": func.replace(User.name, "A", "4")})
    print(users[2].name)
    s.query(User).filter(User.id == 1).update({User.name: func.substr(User.name, 1, 3) + "..."})
    print(users[0].name)
    try:
        s.query(User).filter(User.name.like("%A%")).update({User.name: "a-name"}, synchronize_session="evaluate")
        print([u.name for u in users])
    except InvalidRequestError:
        print("InvalidRequestError")
    s.commit()
    print(s.scalars(select(User.name).order_by(User.id)).all())

from sqlalchemy import select
from sqlalchemy.orm import joinedload
from sqlalchemy.exc import InvalidRequestError


def get_user_with_addresses(session, name):
    stmt = select(User).options(joinedload(User.addresses)).where(User.name == name)
    return session.scalars(stmt).first()


with Session(engine) as session:
    user = get_user_with_addresses(session, "sandy")
    print(user, user.addresses)
with Session(engine) as session:
    user = session.scalar(select(User).options(joinedload(User.addresses)).where(User.id == 1))
    print(user, [a.email_address for a in user.addresses])
with Session(engine) as session:
    row = session.execute(select(User).options(joinedload(User.addresses)).order_by(User.id)).first()
    print(row, row[0].addresses)
with Session(engine) as session:
    for label, fn in [
        ("one", lambda: session.scalars(select(User).options(joinedload(User.addresses)).where(User.id == 2)).one()),
        ("all", lambda: session.scalars(select(User).options(joinedload(User.addresses))).all()),
        ("unique.one", lambda: session.scalars(select(User).options(joinedload(User.addresses)).where(User.id == 2)).unique().one()),
    ]:
        try:
            print(label, fn())
        except InvalidRequestError:
            print(label, "InvalidRequestError")

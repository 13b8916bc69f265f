def create_user(email, name):
    user = User(email=email, name=name)
    session.add(user)
    try:
        session.commit()
        print(f"created {email} id={user.id}")
        return user
    except IntegrityError as e:
        session.rollback()
        print(f"could not create {email}: {type(e).__name__}")
        return None


create_user('a@x.com', 'A')
create_user('b@x.com', 'B')
create_user('a@x.com', 'A again')
create_user('c@x.com', None)
create_user('c@x.com', 'C')
print(session.query(User).count())

session.add(User(email='b@x.com', name='dup'))
try:
    session.flush()
except IntegrityError:
    print("flush failed")
try:
    session.query(User).all()
except PendingRollbackError as e:
    print(type(e).__name__)
session.rollback()
print([u.email for u in session.query(User).order_by(User.id)])

session.add_all([Tag(owner='x', label='red'), Tag(owner='y', label='red')])
session.commit()
session.add(Tag(owner='x', label='red'))
try:
    session.commit()
except IntegrityError as err:
    session.rollback()
    print('duplicate tag', err.__class__.__name__, isinstance(err, Exception))
existing = session.query(User).filter_by(email='a@x.com').first()
if existing is None:
    print('missing')
else:
    print('exists', existing.name)
session.add(User(email='z@x.com', name='Z'))
session.add(User(email='z@x.com', name='Z2'))
session.commit()

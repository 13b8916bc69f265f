u = User(username='  alice ', email='Alice@Example.COM', age=30)
print(repr(u.username), u.email)
for kwargs in ({'username': 'bob', 'email': 'not-an-email'}, {'username': 'x'}, {'username': 'carl', 'age': 200}):
    try:
        User(**kwargs)
    except (ValueError, AssertionError) as e:
        print(type(e).__name__)
try:
    u.email = 'broken'
except ValueError as e:
    print('rejected', type(e).__name__)
print(u.email)
u.addresses.append(Address(email='home@x.org'))
try:
    u.addresses.append(Address(email='nope'))
except ValueError:
    print('address rejected')
print(len(u.addresses))
session.add(u)
session.commit()
print(session.query(User).one().email)

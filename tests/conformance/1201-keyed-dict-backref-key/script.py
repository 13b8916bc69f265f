from sqlalchemy.exc import InvalidRequestError
a1 = A()
try:
    b1 = B(a=a1)
except InvalidRequestError as e:
    print(type(e).__name__)
print(a1.bs)
a2 = A()
try:
    B(a=a2, data="the key")
except InvalidRequestError as e:
    print(type(e).__name__)
print(a2.bs)
B(data="the key", a=a2)
print(a2.bs)
B(data="other", a=a2)
print(sorted(a2.bs))
b3 = B(data="x")
b3.a = a1
b3.data = "changed"
print(a1.bs)
with Session(engine) as session:
    session.add_all([a1, a2])
    session.commit()
    session.expire_all()
    print(a1.bs, sorted(a2.bs.items()))

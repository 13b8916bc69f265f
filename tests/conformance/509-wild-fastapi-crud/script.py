gen = get_db()
db = next(gen)
u = create_user(db, UserCreate("a@example.com", "pw"))
print(u.id, u.email, u.is_active, u.hashed_password)
print(get_user_by_email(db, "a@example.com").id, get_user_by_email(db, "nobody"))
it = create_user_item(db, ItemCreate("Laptop", "fast"), u.id)
create_user_item(db, ItemCreate("Mouse"), u.id)
print(it.id, it.owner.email, [i.title for i in u.items])
print(update_user(db, 1, is_active=False).is_active, update_user(db, 42, x=1))
print(delete_item(db, 2), delete_item(db, 2))
print([(x.id, x.email) for x in get_users(db, skip=0, limit=10)])
print({c.name: getattr(it, c.name) for c in it.__table__.columns})
try:
    create_user(db, UserCreate("a@example.com", "x"))
except Exception as e:
    db.rollback()
    print(type(e).__name__)
try:
    next(gen)
except StopIteration:
    print("closed")

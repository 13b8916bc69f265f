db = next(get_db())
for email in ["a@example.com", "b@example.com"]:
    if get_user_by_email(db, email):
        print("Email already registered")
    else:
        u = create_user(db, email, "secret")
        print({"id": u.id, "email": u.email, "is_active": u.is_active, "items": u.items})
if get_user_by_email(db, "a@example.com"):
    print("Email already registered")
item = create_user_item(db, {"title": "Foo", "description": "A foo"}, user_id=1)
print(item.id, item.title, item.owner.email)
create_user_item(db, {"title": "Bar", "description": None}, user_id=1)
create_user_item(db, {"title": "Baz", "description": "z"}, user_id=2)
print([(i.id, i.title, i.owner_id) for i in get_items(db, skip=1, limit=2)])
users = get_users(db)
print([(u.email, [i.title for i in u.items]) for u in users])
print(get_user(db, 3))
user = get_user(db, 2)
user.is_active = False
db.commit()
print(db.query(User).filter(User.is_active == True).count())
print(db.query(User).filter(User.is_active.is_(False)).one().email)
db.close()

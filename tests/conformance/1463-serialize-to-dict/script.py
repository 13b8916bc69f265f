session = Session()
payload = '[{"name": "Luigi", "cuisine": "italian", "rating": 4.5, "extra": 1}, {"name": "Green", "vegan_friendly": true}]'
for item in json.loads(payload):
    session.add(Restaurant.from_dict(item))
session.commit()
r = session.query(Restaurant).first()
r.dishes.append(Dish(title="Pizza", price=9.5))
r.dishes.append(Dish(title="Pasta", price=8))
session.commit()
print(json.dumps([x.serialize() for x in session.query(Restaurant).order_by(Restaurant.id)], indent=2))
try:
    print(r.dishes[0].to_dict())
except AttributeError as e:
    print("AttributeError", e)
print(r.dishes[0].as_dict())
print(json.dumps(session.query(Restaurant).get(2).to_dict(), sort_keys=True))
print([c.name for c in Dish.__table__.columns], [a.key for a in inspect(Dish).attrs])
print(list(Restaurant.__table__.c.keys()), Restaurant.__table__.c.rating.type)
print(inspect(r).identity, inspect(r).mapper.class_.__name__, sorted(inspect(Restaurant).relationships.keys()))
print(str(Restaurant.__table__.c.name.type), repr(Dish.__table__.c.dish_title.type), Dish.__table__.c.price.nullable)

k = Kennel(name="Happy Paws", dogs=[Dog(name="Rex"), Dog(name="Ace")])
session.add(k)
session.commit()

k.name = "Sad Paws"
rex = k.dogs[0]
rex.name = "Ace"
try:
    session.commit()
except Exception as e:
    print("commit failed:", type(e).__name__)
    session.rollback()
print("after rollback:", k.name, [d.name for d in k.dogs])
k.dogs.append(Dog(name="Max"))
session.delete(rex)
session.rollback()
print("rollback again:", [d.name for d in k.dogs], rex in session)
print(session.query(Dog).count())

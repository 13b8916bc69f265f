for n, sp in [("Rex", "dog"), ("Tom", "cat"), ("Fido", "dog"), ("Nemo", "fish")]:
    session.add(Pet(name=n, species=sp))
session.commit()

print(session.query(Pet).filter_by(species="cat").one().name)
print(session.query(Pet).filter_by(species="bird").one_or_none())
try:
    session.query(Pet).filter_by(species="dog").one()
except MultipleResultsFound:
    print("many dogs")
try:
    session.query(Pet).filter_by(species="bird").one()
except NoResultFound:
    print("no birds")
try:
    session.query(Pet).filter_by(species="dog").one_or_none()
except MultipleResultsFound as e:
    print(type(e).__name__)
print(session.query(Pet).filter_by(species="dog").first().name)
print(session.query(Pet).order_by(Pet.name).first().name)
print(session.query(Pet).filter(Pet.id > 10).first())
print(session.query(Pet).filter_by(species="fish").count(), session.query(Pet).count())
print(session.query(Pet.name).filter_by(species="dog").order_by(Pet.name).all())
print(session.query(Pet.name, Pet.species).order_by(Pet.id.desc()).first())
print(session.query(Pet).get(3).name)
session.query(Pet).filter_by(name="Nobody").one()

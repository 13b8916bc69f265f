from sqlalchemy import select, func

with Session(engine) as s:
    z = Zoo(name="City Zoo")
    z.animals = [Dog(name="Rex", breed="Lab"), Cat(name="Tom", indoor=1), Animal(name="Generic"), Kitten(name="Mini", indoor=1), Dog(name="Fido", breed="Pug")]
    s.add(z)
    s.commit()
    for a in z.animals:
        print(a, a.kind, a.speak())
    print(s.scalars(select(Dog).order_by(Dog.name)).all())
    print(s.scalars(select(Cat)).all())
    print(select(Cat))
    print(s.scalars(select(Animal).where(Animal.kind.in_(["dog", "kitten"])).order_by(Animal.id)).all())
    print(s.execute(select(Animal.kind, func.count()).group_by(Animal.kind).order_by(Animal.kind)).all())
    print(s.query(Dog).filter(Dog.breed == "Pug").one().name)
    print(s.query(Animal).filter(Animal.name == "Mini").one().__class__.__name__)
    print(isinstance(s.get(Animal, 4), Cat), type(s.get(Animal, 1)).__name__)
    print(s.scalar(select(func.count()).select_from(Cat)))
    print(s.query(Cat).count(), s.query(Animal).count())
    s.delete(s.get(Dog, 1))
    s.commit()
    print([a.name for a in z.animals])
    print(s.execute(select(Animal.id, Animal.kind, Dog.breed, Cat.indoor).order_by(Animal.id)).all())

print(Zoo.lions.property.direction, Zoo.birds.property.direction, Bird.zoo.property.direction)
print(Zoo.lions.property.primaryjoin)
with Session(engine) as s:
    z = Zoo(name="city")
    z.animals = [Lion(name="leo", mane="gold"), Lion(name="nala", mane="brown")]
    parrot = Bird(name="polly", wingspan=30)
    parrot.zoo = z
    s.add(z)
    s.commit()
    print(s.execute(select(Animal.name, Animal.zoo_id).order_by(Animal.id)).all())
    s.expunge_all()
    z = s.scalars(select(Zoo)).one()
    print(z.lions, z.birds)
    print(z.animals)
    p = s.get(Bird, 3)
    print(p.zoo.name)
    z.birds.remove(p)
    s.commit()
    print(s.execute(select(Animal.name, Animal.zoo_id).order_by(Animal.id)).all())

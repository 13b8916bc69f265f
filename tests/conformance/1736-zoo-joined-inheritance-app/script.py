with Session(engine) as s:
    ann, bob = Keeper(name="Ann"), Keeper(name="Bob")
    s.add_all([
        Mammal(name="Leo", species="lion", weight_kg=190, fur="golden", keeper=ann),
        Bird(name="Polly", species="parrot", weight_kg=1.2, wingspan_cm=50, keeper=ann),
        Bird(name="Pingu", species="penguin", weight_kg=23, wingspan_cm=70, can_fly=False, keeper=bob),
        Mammal(name="Dumbo", species="elephant", weight_kg=5400, fur="none", keeper=bob),
        Animal(name="Slimy", species="snail", weight_kg=0.02),
    ])
    s.commit()
    print(ann.animals, ann.birds, bob.birds)
    print(s.execute(select(Keeper.name, func.count(Bird.id)).join(Bird, Bird.keeper_id == Keeper.id).group_by(Keeper.name).order_by(Keeper.name)).all())
    print(s.scalars(select(Bird.label).order_by(Bird.id)).all())
    print(s.scalars(select(Keeper.name).where(Keeper.birds.any(Bird.can_fly == False))).all())
    wp = with_polymorphic(Animal, [Mammal, Bird])
    print(s.execute(select(wp.name, wp.Mammal.fur, wp.Bird.wingspan_cm).order_by(wp.id)).all())
    r = s.execute(update(Bird).where(Bird.can_fly == False).values(wingspan_cm=Bird.wingspan_cm + 1))
    print(r.rowcount)
    s.commit()
    print(s.execute(select(Animal.kind, func.count(), func.round(func.sum(Animal.weight_kg), 2)).group_by(Animal.kind).order_by(Animal.kind)).all())
    heavy = select(Mammal.name).where(Mammal.weight_kg > 1000)
    print(s.scalars(heavy).all(), s.scalars(select(Animal.name).where(Animal.keeper == None)).all())

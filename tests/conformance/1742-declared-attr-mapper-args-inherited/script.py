with Session(engine) as s:
    s.add_all([Dog(name="rex"), Cat(name="tom"), Animal(name="generic")])
    s.commit()
    print(s.execute(select(Animal.name, Animal.kind).order_by(Animal.id)).all())
    s.expunge_all()
    print([type(a).__name__ for a in s.scalars(select(Animal).order_by(Animal.id))], s.scalars(select(Dog.name)).all())
    print(Dog.__mapper__.polymorphic_identity, Cat.__mapper__.polymorphic_identity, Animal.__mapper__.polymorphic_on)

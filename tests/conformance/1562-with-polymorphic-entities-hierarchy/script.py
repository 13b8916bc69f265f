from sqlalchemy import create_engine, select, func
from sqlalchemy.orm import Session, with_polymorphic

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([Dog(name="rex", breed="lab"), Cat(name="tom", lives=9), Animal(name="eel"), Dog(name="fido", breed="pug")])
    s.add_all([Circle(radius=2), Square(side=3), Shape(), Circle(radius=5)])
    s.commit()
    pets = with_polymorphic(Animal, [Dog, Cat], flat=True)
    stmt = select(pets.name, pets.Dog.breed, pets.Cat.lives).order_by(pets.id)
    print(stmt)
    print(s.execute(stmt).all())
    print(s.scalar(select(func.count(pets.id)).where(pets.Dog.breed.is_not(None))))
    print(pets.Dog, pets.Dog.breed)
    everyone = with_polymorphic(Animal, "*")
    print(s.scalars(select(everyone).where(everyone.Dog.breed == "pug")).all())
    print(select(everyone.Dog))
    print(s.execute(select(everyone.Cat.lives, everyone.name).where(everyone.Cat.lives > 1)).all())
    shapes = with_polymorphic(Shape, [Circle])
    print(select(shapes))
    print(s.execute(select(shapes.id, shapes.Circle.radius).order_by(shapes.id)).all())
    boxed = with_polymorphic(Shape, [Square], aliased=True)
    print(select(boxed.kind, boxed.Square.side).where(boxed.Square.side > 1))
    print(s.execute(select(boxed.kind, boxed.Square.side).where(boxed.Square.side > 1)).all())
    try:
        shapes.Square
    except AttributeError as e:
        print("AttributeError", "Square" in str(e))
    m = Animal.__mapper__
    print([x.class_.__name__ for x in m.self_and_descendants], m.polymorphic_on, Dog.__mapper__.single, Circle.__mapper__.single)
    print([x.class_.__name__ for x in Cat.__mapper__.iterate_to_root()], Cat.__mapper__.isa(m), m.isa(Cat.__mapper__))

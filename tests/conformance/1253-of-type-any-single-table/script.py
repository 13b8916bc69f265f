from sqlalchemy import select
from sqlalchemy.orm import Session, aliased
print(select(Zoo.name).where(Zoo.animals.of_type(Cat).any(Cat.indoor == 1)))
print(select(Zoo.name).where(Zoo.animals.of_type(Dog).any(name="Rex")))
print(select(Zoo.name).where(~Zoo.animals.of_type(Kitten).any()))
with Session(engine) as s:
    s.add_all([Zoo(name="A", animals=[Dog(name="Rex", breed="Lab"), Cat(name="Tom", indoor=1)]), Zoo(name="B", animals=[Kitten(name="Mini", indoor=0)])])
    s.commit()
    print(s.scalars(select(Zoo.name).where(Zoo.animals.of_type(Cat).any(Cat.indoor == 0))).all())
    print(s.scalars(select(Zoo.name).where(Zoo.animals.of_type(Dog).any())).all())
    print(s.query(Zoo.name).filter(Zoo.animals.of_type(Kitten).any()).all())

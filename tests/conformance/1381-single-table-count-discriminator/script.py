with Session(engine) as s:
    print(s.query(Car).count(), s.query(Truck).count(), s.query(Vehicle).count())
    print(s.scalar(select(func.count()).select_from(Truck)))
    print(s.scalar(select(func.count(Car.id))))
    print(s.scalar(select(func.avg(Truck.payload))))
    print(s.scalars(select(Car.make).order_by(Car.make)).all())
    print(select(Truck.make).where(Truck.payload > 5000))
    for v in s.scalars(select(Vehicle).order_by(Vehicle.id)):
        print(v.describe())
    print(s.execute(select(Vehicle.kind, func.count()).group_by(Vehicle.kind).order_by(Vehicle.kind)).all())
    print(sorted(Vehicle.__mapper__.polymorphic_map), Car.__mapper__.inherits.class_.__name__, Car.__table__ is Vehicle.__table__)
    print(s.execute(select(Car.make, Car.doors).where(Car.doors > 3)).all())
    truck = s.get(Vehicle, 3)
    print(type(truck).__name__, isinstance(truck, Truck), s.get(Car, 3))

s = Session()
g = Garage(name="Main St")
g.vehicles = [
    Car(make="VW", wheels=4, doors=5),
    Truck(make="Volvo", wheels=6, payload=12000),
    Motorbike(make="Ducati", wheels=2),
    Motorbike(make="Ural", wheels=3, sidecar=True),
    Vehicle(make="Cart", wheels=2),
]
s.add(g)
s.commit()
s.close()

s = Session()
for v in s.query(Vehicle).order_by(Vehicle.id):
    print(type(v).__name__, v.describe())
print(s.query(Vehicle).filter(Vehicle.wheels > 2).count(), s.query(Motorbike).filter_by(sidecar=True).one().make)
print([v.make for v in s.query(Vehicle).filter(Vehicle.vtype.in_(["car", "truck"])).order_by(Vehicle.make)])
print(s.query(Car.make, Car.doors).all(), s.query(Truck).get(2).payload)
gar = s.query(Garage).one()
print([type(v).__name__ for v in gar.vehicles])
t = s.get(Vehicle, 2)
t.payload = 9000
t.wheels = 8
s.commit()
print(s.query(Truck.payload, Truck.wheels).one())
s.delete(s.get(Car, 1))
s.commit()
from sqlalchemy import text
print(s.execute(text("select count(*) from car")).scalar(), s.execute(text("select count(*) from vehicle")).scalar())
print(s.query(Vehicle.vtype).order_by(Vehicle.vtype).all())

with Session(engine) as s:
    c1, c2 = Car(plate="AB-1"), Car(plate="CD-2")
    p1, p2, p3 = Spot(code="P1", car=c1), Spot(code="P2", car=c2), Spot(code="P3")
    s.add_all([p1, p2, p3])
    s.commit()
    print(c1.spot.code, c2.spot.code, p3.car)
    c1.spot = p3
    s.commit()
    print([(sp.code, sp.car.plate if sp.car else None) for sp in s.query(Spot).order_by(Spot.id)])
    p2.car = None
    s.commit()
    print("c2 spot:", c2.spot)
    print([(sp.code, sp.car_id) for sp in s.query(Spot).order_by(Spot.code)])

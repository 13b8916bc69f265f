with SessionLocal() as s:
    oslo = Clinic(city="Oslo", nurses=[Nurse(name="Siri"), Nurse(name="Tor")])
    s.add(oslo)
    s.commit()
    print("loaded city:", oslo.city)

print("still readable:", oslo.city, oslo.id)
with SessionLocal() as s:
    c = s.query(Clinic).first()
    nurse_names = [n.name for n in c.nurses]
    other = s.query(Clinic).first()
    print("same object:", c is other)
print("nurses:", nurse_names, "| cached:", [n.name for n in c.nurses])
print("back:", c.nurses[0].clinic.city)
print("oslo.nurses:", end=" ")
print([n.name for n in oslo.nurses])
s2 = SessionLocal()
fresh = s2.get(Clinic, 1)
s2.close()
print(fresh.city)
print(len(fresh.nurses))

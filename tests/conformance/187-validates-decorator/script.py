s = Session()
p = Patient(email="Ana@Clinic.ORG", age=40)
print(p.email)
s.add(p)
s.commit()
for email, age in [("bob@x.io", 3), ("nobody", 5), ("cy@x.io", -1)]:
    try:
        s.add(Patient(email=email, age=age))
        print("ok", email)
    except ValueError as e:
        print("rejected:", e)
s.commit()
p.email = "NEW@CLINIC.ORG"
s.commit()
print([(x.email, x.age) for x in s.query(Patient).order_by(Patient.id)])

er = Department(name="Emergency")
kim = Nurse(name="Kim", department=er)
print("er.nurses:", [n.name for n in er.nurses])  # filled in by back_populates

icu = Ward(name="ICU")
house = Doctor(name="House", ward=icu)  # `ward` exists only because of backref="ward"
print("icu.doctors:", [d.name for d in icu.doctors])

session.add_all([er, icu])
session.commit()

d = session.query(Doctor).first()
print(d.name, "works in", d.ward.name)
print("Doctor has ward:", hasattr(Doctor, "ward"), "| Nurse has department:", hasattr(Nurse, "department"))

session = Session()
p = Patient(name="Ines")
p.conditions = [Condition(label="asthma", chronic=True), Condition(label="flu")]
p.relatives.append(Relative(name="Rui", relation="brother"))
session.add(p)
session.commit()

patient = session.query(Patient).filter_by(name="Ines").first()
print(patient.name)
for c in patient.conditions:
    print(f"  {c.label}{' (chronic)' if c.chronic else ''} -> {c.patient.name}")
for r in patient.relatives:
    print(f"  relative: {r.name} ({r.relation})")
chronic = session.query(Condition).filter(Condition.chronic == True).all()
print("chronic:", [c.label for c in chronic])
flu = session.query(Condition).filter_by(label="flu").one()
patient.conditions.remove(flu)
session.delete(patient)
session.commit()
print(session.query(Condition).count(), [(r.name, r.patient_id) for r in session.query(Relative)])

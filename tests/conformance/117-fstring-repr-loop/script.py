people = {"Anna": 34, "Boris": 61, "Chen": 47}
for name, age in people.items():
    session.add(Patient(name=name, age=age))
session.commit()

for i, p in enumerate(session.query(Patient).order_by(Patient.age)):
    for j in range(i + 1):
        p.readings.append(Reading(kind="bp" if j % 2 == 0 else "hr", value=100 + 10 * i + j * 0.25))
session.commit()

for p in session.query(Patient).all():
    print(p, repr(p), f"{p!r}", f"{p}")
    print("  ", p.readings)
    if len(p.readings) > 2:
        print("   many readings")
    elif not p.readings:
        print("   none")
    else:
        print("   some:", ", ".join(f"{r.kind}:{r.value:.2f}" for r in p.readings))
print(str(session.query(Patient).filter_by(name="Chen").first()))
print({p.name: len(p.readings) for p in session.query(Patient)})

zoe = Employee(name="Zoe")
zoe.badge = Badge(code="Z-100")
max_ = Employee(name="Max")
session.add_all([zoe, max_])
session.commit()
print(zoe.badge.code, zoe.badge.employee.name)
print("max badge:", max_.badge)

old = zoe.badge
zoe.badge = Badge(code="Z-200")
print("old owner before flush:", old.employee)
session.commit()
for b in session.query(Badge).order_by(Badge.id):
    print(b.id, b.code, b.employee_id)

max_.badge = old
session.commit()
print("max now:", max_.badge.code, "| old employee_id:", old.employee_id)
print(session.query(Badge).filter(Badge.employee_id == None).count(), "unassigned")

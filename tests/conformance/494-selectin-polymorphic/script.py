with Session(engine) as s:
    acme = Company(name="Acme")
    s.add_all([
        Worker(name="w1", skill="weld", company=acme),
        Boss(name="b1", budget=10, company=acme, reports=[Report(title="q1"), Report(title="q2")]),
        Chief(name="c1", budget=99, motto="go", company=acme),
        Person(name="p1", company=acme),
        Worker(name="w2", skill="paint"),
    ])
    s.commit()


def attrs(p, *keys):
    # Read after the session closed: only what the loads brought is there.
    out = []
    for k in keys:
        try:
            v = getattr(p, k)
            out.append([r.title for r in v] if k == "reports" else v.name if k == "company" else v)
        except AttributeError:
            out.append("-")
        except Exception as e:
            out.append(type(e).__name__)
    return out


print("-- base select, mapper-level selectin")
with Session(engine) as s:
    people = s.scalars(select(Person).order_by(Person.id)).all()
print(people)
print([attrs(p, "budget", "motto", "skill", "reports") for p in people])

print("-- filtered, with a subclass relationship option")
with Session(engine) as s:
    stmt = select(Person).where(Person.name != "b1").options(selectinload(Boss.reports)).order_by(Person.id.desc())
    people = s.scalars(stmt).all()
print(people, [attrs(p, "budget", "reports") for p in people])

print("-- option on a non-selectin subclass")
with Session(engine) as s:
    stmt = select(Person).options(selectin_polymorphic(Person, [Worker])).order_by(Person.id)
    people = s.scalars(stmt).all()
print([attrs(p, "skill", "budget", "motto") for p in people])

print("-- session.get")
with Session(engine) as s:
    c = s.get(Person, 3)
print(c, attrs(c, "motto", "budget", "company"))

print("-- lazy load of a collection")
with Session(engine) as s:
    acme = s.scalars(select(Company)).one()
    staff = list(acme.staff)
print(staff, [attrs(p, "budget", "skill") for p in staff])

print("-- selectin from the parent with sub-options")
with Session(engine) as s:
    stmt = select(Company).options(
        selectinload(Company.staff).options(selectin_polymorphic(Person, [Worker, Boss]), selectinload(Boss.reports))
    )
    acme = s.scalars(stmt).one()
print([attrs(p, "name", "skill", "budget", "motto", "reports") for p in acme.staff])

print("-- chained on the relationship option")
with Session(engine) as s:
    stmt = select(Company).options(selectinload(Company.staff).selectin_polymorphic([Worker]))
    acme = s.scalars(stmt).one()
print([attrs(p, "skill", "budget", "reports") for p in acme.staff])

print("-- subclass select")
with Session(engine) as s:
    bosses = s.scalars(select(Boss).order_by(Boss.id)).all()
print(bosses, [attrs(b, "budget", "motto", "reports") for b in bosses])

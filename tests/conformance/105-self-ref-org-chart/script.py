ceo = Staff(name="Rhea", title="CEO")
cto = Staff(name="Omar", title="CTO", boss=ceo)
cfo = Staff(name="Cleo", title="CFO", boss=ceo)
dev1 = Staff(name="Yuki", title="Dev", boss=cto)
dev2 = Staff(name="Abe", title="Dev", boss=cto)
session.add(ceo)
session.commit()


def show(person, depth=0):
    print("  " * depth + f"{person.name} ({person.title}) #{person.id}")
    for r in person.reports:
        show(r, depth + 1)


show(ceo)
print("Abe's chain:", end=" ")
p = dev2
chain = []
while p is not None:
    chain.append(p.name)
    p = p.boss
print(" -> ".join(chain))
top = session.query(Staff).filter(Staff.boss_id.is_(None)).one()
print("top:", top.name)
dev1.boss = cfo
session.commit()
print([r.name for r in cfo.reports], [r.name for r in cto.reports])

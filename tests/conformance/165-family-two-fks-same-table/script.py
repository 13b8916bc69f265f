gran = Person(name="Gran")
mum = Person(name="Mum", mother=gran)
dad = Person(name="Dad")
kid = Person(name="Kid", mother=mum, father=dad)
session.add(kid)
session.commit()
for p in session.query(Person).order_by(Person.id):
    print(p.id, p.name, p.mother.name if p.mother else "-", p.father.name if p.father else "-")
line = []
p = kid
while p:
    line.append(p.name)
    p = p.mother
print(" < ".join(line))
print([c.name for c in session.query(Person).filter(Person.mother_id == mum.id)])

session.add_all([Contact(name="Ada Lovelace"), Contact(name="Alan Turing", notes="enigma")])
session.commit()
for c in session.query(Contact).order_by(Contact.name.desc()):
    print(c.id, c.name, repr(c.notes))
print(session.query(Contact).filter_by(name="Ada Lovelace").one().id)
print(session.get(Contact, 2).name)
session.query(Contact).filter(Contact.id == 1).update({Contact.notes: "first programmer"})
session.commit()
print([c.notes for c in session.query(Contact).order_by(Contact.id)])

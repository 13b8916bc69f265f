amir = Patient(name="Amir", visits=[Visit(reason="Flu"), Visit(reason="Rash")])
amir.notes.append(Note(text="Allergic to penicillin"))
session.add(amir)
session.commit()
print("visits:", session.query(Visit).count(), "| notes:", session.query(Note).count())

# delete-orphan: removing a visit from the list deletes the row
amir.visits.remove(amir.visits[0])
session.commit()
print("after remove:", [v.reason for v in session.query(Visit).all()])

# delete cascade: deleting the patient deletes the remaining visits...
session.delete(amir)
session.commit()
print("visits left:", session.query(Visit).count())
# ...but the note only loses its link
for note in session.query(Note).all():
    print("note:", note.text, "| patient_id:", note.patient_id)

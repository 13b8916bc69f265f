cardio = Speciality(name="Cardiology")
neuro = Speciality(name="Neurology")
ada = User(full_name="Dr. Ada Obi", specialities=[cardio, neuro])
ben = User(full_name="Dr. Ben Cole")
ben.specialities.append(cardio)
session.add_all([ada, ben])
session.commit()

for s in session.query(Speciality).order_by(Speciality.name):
    print(f"{s.name}: {sorted(u.full_name for u in s.users)}")

# Removing from the list deletes the association row, not the speciality
ada.specialities.remove(neuro)
session.commit()
print("Ada:", [s.name for s in ada.specialities])
print("specialities in DB:", session.query(Speciality).count())

maria = User(full_name="Maria Lopez")
maria.appointments.append(Appointment(details="Blood test, Monday"))
Appointment(details="Results review, Friday", user=maria)  # setting .user appends to the list too
session.add(maria)
session.commit()

u = session.query(User).first()
print([a.details for a in u.appointments])  # list of appointments

a = session.query(Appointment).first()
print(a.user.full_name)  # get the user of the appointment

for appt in session.query(Appointment).filter_by(user_id=u.id).order_by(Appointment.id):
    print(f"#{appt.id} {appt.details} (user_id={appt.user_id})")

db = SessionLocal()

cardiology = Speciality(name="Cardiology")
doctor = User(full_name="Dr. Ada Obi", specialities=[cardiology])
tom = User(full_name="Tom Reed", profile=Profile(bio="Runner, 42"))
tom.kins.append(Kin(full_name="Grace Reed", kinship="sister"))
tom.appointments.append(Appointment(details="Cardiology, Monday 9:00"))

chat = ChatSession(title="Chest pain", user=tom)
chat.messages.append(Message(role="user", content="My chest hurts when I run."))
chat.messages.append(Message(role="assistant", content="How long does it last?"))
db.add_all([doctor, tom])
db.commit()

# Navigate objects instead of writing joins
u = db.query(User).filter_by(full_name="Tom Reed").one()
print(u.full_name, "-", u.profile.bio)
print("kin:", [(k.full_name, k.kinship) for k in u.kins])
print("appointments:", [a.details for a in u.appointments])
for cs in u.chat_sessions:
    print(f"[{cs.title}]")
    for m in cs.messages:
        print(f"  {m.role}: {m.content}")
print("cardiologists:", [d.full_name for d in cardiology.users])

# delete-orphan: deleting the chat deletes its messages
db.delete(chat)
db.commit()
print("messages left:", db.query(Message).count())

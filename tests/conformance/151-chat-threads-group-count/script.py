session = Session()
t1 = Thread(topic="fever")
t2 = Thread(topic="sleep")
session.add_all([t1, t2])
conversation = [(t1, "user", "I have a fever"), (t1, "assistant", "How high?"), (t2, "user", "Cannot sleep"), (t1, "user", "39C")]
for thread, role, body in conversation:
    thread.messages.append(Message(role=role, body=body))
session.commit()

counts = session.execute(
    select(Thread.topic, func.count(Message.id)).join(Message).group_by(Thread.topic).order_by(Thread.topic)
).all()
print(counts)
last = session.query(Message).filter_by(thread_id=t1.id).order_by(Message.id.desc()).first()
print("last in fever:", last.role, last.body)
history = [f"{m.role}: {m.body}" for m in t1.messages]
print("\n".join(history))
print(session.query(Message).filter(Message.role == "user").count(), "user messages")
session.delete(t1)
session.commit()
print([(m.id, m.body) for m in session.query(Message)])

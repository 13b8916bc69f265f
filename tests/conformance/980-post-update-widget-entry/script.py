w1 = Widget(name="somewidget")
e1 = Entry(name="someentry")
w1.favorite_entry = e1
w1.entries = [e1]
session.add_all([w1, e1])
session.commit()
print(w1.widget_id, w1.favorite_entry_id, e1.widget_id)
e2 = Entry(name="second")
w1.entries.append(e2)
w1.favorite_entry = e2
session.commit()
print(w1.favorite_entry.name, [e.name for e in w1.entries])
w1.favorite_entry = None
session.flush()
print(w1.favorite_entry_id)
session.delete(w1)
session.commit()
print(session.execute(select(Entry.name, Entry.widget_id).order_by(Entry.entry_id)).all())

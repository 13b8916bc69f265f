from sqlalchemy.exc import InvalidRequestError
item = Item()
n = Note(keyword="color", text="blue")
n.item = item
print(item.notes)
try:
    Note(item=item, keyword="size")
except InvalidRequestError as e:
    print("error:", str(e).split(";")[0])
print(list(item.notes))
item.notes["shape"] = Note(keyword="shape", text="round")
item.notes.set(Note(keyword="weight", text="1kg"))
try:
    item.notes.set(Note(text="no keyword"))
except InvalidRequestError as e:
    print("set error:", str(e).split(";")[0])
print(sorted(item.notes))
t = Tag(name="red")
t.item = item
print(list(item.tags))
t.name = "green"
print(list(item.tags), "RED" in item.tags)
o = Other()
o.item = item
print(list(item.skipped), o.item is item)
o2 = Other(label="kept")
o2.item = item
print(list(item.skipped))
with Session(engine) as session:
    session.add(item)
    session.commit()
    n.keyword = "colour"
    session.commit()
    print(sorted(item.notes.items()))
    print(list(item.tags))
    print(sorted(item.skipped))
    del item.notes["colour"]
    session.commit()
    print(sorted(item.notes))

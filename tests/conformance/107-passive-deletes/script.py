docs = Folder(name="docs", files=[File(name="a.txt"), File(name="b.txt")], notes=[Note(text="todo")])
pics = Folder(name="pics", files=[File(name="cat.png")], notes=[Note(text="album")])
session.add_all([docs, pics])
session.commit()

# files of a folder whose collection was loaded are deleted by the ORM
print("docs files:", [f.name for f in docs.files])
session.delete(docs)
session.commit()
# pics.files is never loaded: passive_deletes leaves the rows to the database
session.delete(pics)
session.commit()
print("files:", [(f.name, f.folder_id) for f in session.query(File).order_by(File.id)])
print("notes:", [(n.text, n.folder_id) for n in session.query(Note).order_by(Note.id)])

payload = "héllo wörld".encode("utf-8")
session.add_all([
    Attachment(filename="a.txt", content=payload, checksum=bytes([sum(payload) % 256])),
    Attachment(filename="b.bin", content=b"\x00\x01\x02it's", thumbnail=bytearray(b"\x89PNG")),
])
session.commit()
for a in session.scalars(select(Attachment).order_by(Attachment.id)):
    print(a.filename, a.content, type(a.content).__name__, len(a.content), a.thumbnail, a.checksum)
print(session.scalars(select(Attachment).where(Attachment.content == payload)).one().filename)
print(session.scalar(select(func.length(Attachment.content)).where(Attachment.filename == "b.bin")))
print(session.execute(text("SELECT typeof(content), hex(content) FROM attachment ORDER BY id")).all())
first = session.get(Attachment, 1)
first.content = first.content.replace("wörld".encode(), b"world") + b"!"
session.commit()
print(first.content.decode(), session.scalar(select(Attachment.content).where(Attachment.id == 1)))
print([row.thumbnail for row in session.execute(select(Attachment.thumbnail).order_by(Attachment.id))])
for a in session.scalars(select(Attachment)):
    session.delete(a)
session.commit()
print(session.scalar(select(func.count()).select_from(Attachment)))

session = Session(engine)
session.add(Author(email="ann@x.org"))
session.flush()
added, skipped = [], []
for email in ["bob@x.org", "ann@x.org", "cy@x.org", "bob@x.org"]:
    author = Author(email=email, posts=[Post(title="hello from " + email)])
    try:
        with session.begin_nested():
            session.add(author)
        added.append(email)
    except IntegrityError:
        skipped.append(email)
        print("skipped", email, author in session, author.id)
print(added, skipped)
print(session.in_transaction(), session.in_nested_transaction())
print(session.scalars(select(Author).order_by(Author.id)).all())
print(session.scalar(select(Post.title).where(Post.id == 2)))
session.commit()
print(len(session.scalars(select(Post)).all()))
session.close()

from sqlalchemy import inspect

print(Base.metadata.naming_convention["pk"], sorted(Base.metadata.tables))
print(CreateTable(Post.__table__))
insp = inspect(engine)
print(insp.get_pk_constraint("post")["name"], [fk["name"] for fk in insp.get_foreign_keys("post")])
print([ix["name"] for ix in insp.get_indexes("post")], [u["name"] for u in insp.get_unique_constraints("author")])
with Session(engine) as s:
    s.add(Post(title="Hello", author=Author(email="a@x.io")))
    s.commit()
    print(s.scalars(select(Post.title)).all())

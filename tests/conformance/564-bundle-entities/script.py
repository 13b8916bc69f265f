class PairBundle(Bundle):
    def create_row_processor(self, query, procs, labels):
        def proc(row):
            return "/".join(str(p(row)) for p in procs) + " " + ",".join(labels)

        return proc


person = Bundle("person", User.id, User.name)
stmt = select(person, Bundle("mail", Address.email), Address.id).join_from(User, Address).order_by(Address.id)
for row in session.execute(stmt):
    print(row.person, row.person.name, row.person[0], row.mail.email, row.id, row._fields)
print(session.execute(stmt).keys())
print(session.scalars(select(person).order_by(User.id)).all())
print(session.execute(select(DictBundle("d", User.name, User.id)).where(person.c.name == "bob")).all())
print(session.execute(select(PairBundle("p", User.id, Address.email)).join(User.addresses).order_by(Address.id)).all())
print(session.execute(select(person.label("who"), User.id).order_by(User.id.desc())).first()._mapping)
print(person.c.name is not None, "name" in person.c, list(person.c.keys()), person.name)
try:
    DictBundle("d", User.id, Address.id)
except Exception as e:
    print(type(e).__name__, e)

from sqlalchemy.schema import CreateTable
from sqlalchemy import text
print(CreateTable(Member.__table__).compile(engine))
with Session(engine) as s:
    s.add_all([Member(name="a"), Member(name="b", status=Status.ACTIVE, role=Role.admin, level="high")])
    s.commit()
    for m in s.query(Member).order_by(Member.id):
        print(m, m.status.value, m.status.name, m.role == "admin", m.level)
    print(s.query(Member).filter(Member.status == Status.ACTIVE).count())
    print(s.query(Member.name).filter(Member.role == Role.user).all())
    print(Member.__table__.c.status.type.enums)
    print([s.name for s in Status])
    m = s.get(Member, 1)
    m.status = Status.BANNED
    s.commit()
    print(s.execute(text("select status, role from members order by id")).all())
    try:
        m.level = "medium"
        s.commit()
    except Exception as e:
        print(type(e).__name__)

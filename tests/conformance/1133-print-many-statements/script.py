from sqlalchemy import select, func, and_, or_, desc, literal_column, union_all, distinct, true, null, nulls_last, text, cast, String
from sqlalchemy.orm import aliased

stmts = [
    select(User).where(User.name == "spongebob"),
    select(User.name, Address.email_address).join(User.addresses).order_by(User.id, Address.id),
    select(User).where(and_(or_(User.name == "squidward", User.name == "sandy"), User.fullname.is_not(None))),
    select(User.fullname).join_from(User, Address).where(Address.email_address.contains("sq")),
    select(Address.email_address).select_from(User).join(Address, User.id == Address.user_id),
    select(User).outerjoin(Address).where(Address.id.is_(None)),
    select(func.count(Address.id).label("n"), User.name).join(User.addresses).group_by(User.name).having(func.count(Address.id) > 1),
    select(User.name).order_by(desc(User.name)).limit(2).offset(1),
    select(User.fullname).order_by(nulls_last(User.fullname.desc())),
    select(distinct(User.name)),
    select(User.name).distinct().where(User.id > 1),
    select(User.name + literal_column("' <'") + func.coalesce(User.fullname, "?") + literal_column("'>'")),
    select(func.count()).select_from(User),
    select(User.id).where(User.name.in_(["a", "b"])).where(User.id.not_in([5])),
    select(User).where(User.name.between("a", "m")).where(~User.name.like("%x%")),
    select(cast(User.id, String)).where(User.fullname.ilike("%SQUARE%")),
    select(User.name).where(User.name.regexp_match("^s.*y$")),
    select(func.count(Address.id).filter(Address.email_address.endswith(".org"))),
    select(User.name, func.row_number().over(order_by=User.name)),
    union_all(select(User.name), select(Address.email_address)).order_by("name"),
    select(User).where(User.addresses.any(Address.email_address.like("%squirrel%"))),
    select(Address).where(Address.user.has(User.name == "sandy")),
    select(User).where(User.id == select(Address.user_id).where(Address.id == 2).scalar_subquery()),
    select(aliased(User, name="u2").name),
    select(User.name.label("n")).where(true()).order_by("n"),
    select(User).with_only_columns(User.id, User.name).where(User.id < 3),
    select(User.id).where(User.fullname == null()),
    select(User.name).where(User.name.startswith("s", autoescape=True)),
    select(User.name).where(User.name.collate("NOCASE") == "SANDY"),
    select(User.name).where(User.name.op("||")("!") == "sandy!"),
]
with Session(engine) as s:
    for st in stmts:
        print(st)
        print("->", s.execute(st).all())

from sqlalchemy import create_engine, select, func
from sqlalchemy.orm import Session, aliased, load_only, defer, undefer, with_expression

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    session.add_all([Product(name="pen", price=2, stock=100), Product(name="ink", price=9, stock=5), Product(name="pad", price=4, stock=30)])
    session.commit()

    p = aliased(Product, name="p")
    print(select(p).options(load_only(p.name, p.price)))
    print(select(p).options(defer(p.stock), undefer(p.value)))
    stmt = select(p).options(with_expression(p.rank, p.price * 10), undefer(p.value)).order_by(p.value.desc())
    print(stmt)
    for prod in session.scalars(stmt):
        print(prod.name, prod.rank, prod.value, "description" in prod.__dict__)
    session.expunge_all()
    rows = session.scalars(select(p).options(load_only(p.name)).order_by(p.name)).all()
    print([(r.name, sorted(k for k in r.__dict__ if not k.startswith("_"))) for r in rows])
    print(session.execute(select(p.name, p.value).where(p.value > 50).order_by(p.value)).all())

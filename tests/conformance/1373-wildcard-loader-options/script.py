def attempt(label, fn):
    try:
        print(label, fn())
    except InvalidRequestError as e:
        print(label, "raised", type(e).__name__)


with Session(engine) as s:
    c = s.scalars(select(Customer).options(selectinload(Customer.orders), raiseload("*"))).one()
    attempt("orders", lambda: [o.total for o in c.orders])
    attempt("notes", lambda: c.notes)
    attempt("items", lambda: c.orders[0].items)
with Session(engine) as s:
    c = s.scalars(select(Customer).options(selectinload("*"))).one()
    attempt("all selectin", lambda: (len(c.orders), len(c.notes)))
with Session(engine) as s:
    c = s.scalars(select(Customer).options(defaultload(Customer.orders).selectinload(Order.items))).one()
    attempt("nested", lambda: [[i.sku for i in o.items] for o in c.orders])
with Session(engine) as s:
    stmt = select(Customer).options(Load(Customer).load_only(Customer.name).selectinload(Customer.orders).load_only(Order.total))
    c = s.scalars(stmt).one()
    attempt("load_only", lambda: [o.total for o in c.orders])
with Session(engine) as s:
    o = s.scalars(select(Order).options(joinedload(Order.customer).raiseload("*")).where(Order.total == 5)).one()
    attempt("customer", lambda: o.customer.name)
    attempt("customer.notes", lambda: o.customer.notes)
    attempt("items lazy", lambda: [i.sku for i in o.items])
print(select(Customer).options(joinedload(Customer.orders).joinedload(Order.items), lazyload("*")))

# The criteria on one mapped class: its statement entities, its joins, and the relationship loads of
# the objects loaded.
only_acme = with_loader_criteria(Order, Order.tenant == "acme")
print(select(Customer.name, Order.total).join(Customer.orders).options(only_acme))
print(select(Order).where(Order.total > 5).options(only_acme))

with Session(engine) as s:
    print(s.scalars(select(Order).options(only_acme).order_by(Order.id)).all())
    customers = s.scalars(select(Customer).options(only_acme).order_by(Customer.id)).all()
    print([(c.name, c.orders) for c in customers])

with Session(engine) as s:
    stmt = select(Customer).options(selectinload(Customer.orders), with_loader_criteria(Order, lambda cls: cls.total >= 7))
    print([(c.name, c.orders) for c in s.scalars(stmt.order_by(Customer.id))])

with Session(engine) as s:
    stmt = select(Customer).options(joinedload(Customer.orders), with_loader_criteria(Order, Order.total < 15))
    print([(c.name, c.orders) for c in s.scalars(stmt.order_by(Customer.id)).unique()])

# An aliased entity gets the criteria only with include_aliases=True.
o = aliased(Order)
print(select(Customer.name, o.total).join(Customer.orders.of_type(o)).options(with_loader_criteria(Order, Order.tenant == "acme")))
print(select(Customer.name, o.total).join(Customer.orders.of_type(o)).options(with_loader_criteria(Order, Order.tenant == "acme", include_aliases=True)))


# A session-wide tenant filter through do_orm_execute, switched off by an execution option.
@event.listens_for(Session, "do_orm_execute")
def tenant_filter(state):
    if state.is_select and not state.execution_options.get("all_tenants", False):
        tenant = state.session.info.get("tenant", "acme")
        state.statement = state.statement.options(
            with_loader_criteria(Customer, Customer.tenant == tenant),
            with_loader_criteria(Order, lambda cls: cls.tenant == tenant),
        )


with Session(engine) as s:
    print(s.scalars(select(Customer).order_by(Customer.id)).all())
    print(s.scalars(select(Order).order_by(Order.id)).all())
    print(s.scalars(select(Order).order_by(Order.id).execution_options(all_tenants=True)).all())
    print(s.scalars(select(Customer).order_by(Customer.id), execution_options={"all_tenants": True}).all())
    ann = s.scalars(select(Customer).where(Customer.name == "ann")).one()
    print(ann.orders)
    print(s.execute(select(Customer.name, Order.total).join(Customer.orders).order_by(Order.id)).all())

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    uk = Country(name="UK")
    s.add_all([Order(total=1, customer=Customer(name="ann", country=uk, address=Address(city="Leeds"))),
               Order(total=2, customer=Customer(name="bob", country=uk)),
               Order(total=3)])
    s.commit()
    s.expunge_all()
    stmts = [
        select(Order).options(joinedload(Order.customer).joinedload(Customer.address, innerjoin=True)).order_by(Order.id),
        select(Order).options(joinedload(Order.customer).joinedload(Customer.address, innerjoin=True),
                              joinedload(Order.customer).joinedload(Customer.country, innerjoin=True)).order_by(Order.id),
        select(Order).options(joinedload(Order.customer).joinedload(Customer.country, innerjoin=True),
                              joinedload(Order.customer).joinedload(Customer.address)).order_by(Order.id),
        select(Order).options(joinedload(Order.customer, innerjoin=True).joinedload(Customer.address, innerjoin=True)).order_by(Order.id),
        select(Address).options(joinedload(Address.customer).joinedload(Customer.orders, innerjoin=True)).order_by(Address.id),
    ]
    for st in stmts:
        print(st)
        rows = s.scalars(st).unique().all()
        print([getattr(o, "city", o) for o in rows], [(o.customer, o.customer.__dict__.get("address") and o.customer.address.city, o.customer.__dict__.get("country") and o.customer.country.name) if isinstance(o, Order) and o.customer else None for o in rows])
        s.expunge_all()

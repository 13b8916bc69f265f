with Session(engine) as s:
    o1, o2 = Order(ref="A1"), Order(ref="B2")
    o1.payments = [CardPayment(amount=50, last4="4242"), BankTransfer(amount=25, iban="DE001")]
    o2.payments = [CardPayment(amount=99, last4="1111"), Payment(amount=1)]
    s.add_all([o1, o2])
    s.commit()
    s.expunge_all()
    pays = s.scalars(select(Payment).order_by(Payment.id)).all()
    print(pays, [p.method for p in pays])
    print(s.scalars(select(CardPayment.last4).order_by(CardPayment.amount.desc())).all())
    print(select(CardPayment).where(CardPayment.amount > 60))
    print(s.scalars(select(Order.ref).join(Order.payments.of_type(CardPayment)).where(CardPayment.last4 == "1111")).all())
    print(s.scalars(select(Order.ref).where(Order.payments.of_type(BankTransfer).any(BankTransfer.iban.like("DE%")))).all())
    wp = with_polymorphic(Payment, "*")
    print(s.execute(select(wp.id, wp.CardPayment.last4, wp.BankTransfer.iban).order_by(wp.id)).all())
    s.expunge_all()
    orders = s.scalars(select(Order).options(selectin_polymorphic(Payment, [CardPayment, BankTransfer])).order_by(Order.id)).all()
    print([[type(p).__name__ for p in o.payments] for o in orders])
    print(s.execute(select(Payment.method, func.sum(Payment.amount)).group_by(Payment.method).order_by(Payment.method)).all())
    print(s.execute(select(Order.ref, func.count(CardPayment.id)).outerjoin(Order.payments.of_type(CardPayment)).group_by(Order.ref).order_by(Order.ref)).all())
    card = s.get(CardPayment, 1)
    card.amount = 55
    card.last4 = "0000"
    s.commit()
    s.delete(s.get(BankTransfer, 2))
    s.commit()
    print(s.scalar(select(func.count()).select_from(Payment)), s.get(Payment, 1))

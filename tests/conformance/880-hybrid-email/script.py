print(select(EmailAddress).where(EmailAddress.email == "address"))
print(EmailAddress.email)
with Session(engine) as session:
    session.add_all([EmailAddress(email="address"), EmailAddress(email="other")])
    session.commit()
    address = session.scalars(
        select(EmailAddress).where(EmailAddress.email == "address")
    ).one()
    print(address.id, address.email, address._email)
    address.email = "otheraddress"
    session.commit()
    print(session.scalars(select(EmailAddress.email).order_by(EmailAddress.id)).all())
    print(session.scalars(select(EmailAddress._email).order_by(EmailAddress.id)).all())
    print(EmailAddress.email.__doc__)

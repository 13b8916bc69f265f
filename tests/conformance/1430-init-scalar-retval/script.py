c = Customer(name="  ada lovelace ", phone="(555) 010-2233")
print(c, c.tier)
c.tags.append(Tag(label="VIP"))
c.tags.extend([Tag(label="Early-Adopter"), Tag(label="NEWS")])
print(c.tags)
with Session(engine) as s:
    s.add(c)
    s.commit()
    c.tags.remove(c.tags[1])
    c.phone = None
    c.name = "grace HOPPER"
    s.commit()
    print(s.scalars(select(Customer)).all())
    print(s.scalars(select(Tag).order_by(Tag.id)).all(), [t.customer_id for t in s.scalars(select(Tag).order_by(Tag.id))])
    t = Tag(label="LATE")
    t.customer = c
    print(c.tags)

with SessionLocal.begin() as s:
    s.add_all([Wallet(owner=o, cents=c) for o, c in [("ana", 500), ("ben", 120), ("cai", 0)]])


def transfer(src, dst, amount):
    with SessionLocal.begin() as s:
        a = s.scalars(select(Wallet).where(Wallet.owner == src)).one()
        b = s.scalars(select(Wallet).where(Wallet.owner == dst)).one()
        if a.cents < amount:
            raise ValueError("insufficient")
        a.cents -= amount
        b.cents += amount
    return a, b


a, b = transfer("ana", "cai", 200)
print(a.owner, a.cents, b.owner, b.cents)
for src, dst, amt in [("ben", "ana", 500), ("cai", "ben", 50), ("dan", "ana", 1)]:
    try:
        transfer(src, dst, amt)
        print("ok", src, dst, amt)
    except ValueError as e:
        print("failed", src, e)
    except Exception as e:
        print("failed", src, type(e).__name__)
with SessionLocal() as s:
    print([(w.owner, w.cents) for w in s.scalars(select(Wallet).order_by(Wallet.cents.desc()))])

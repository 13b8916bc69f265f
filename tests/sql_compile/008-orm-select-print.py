from typing import List, Optional
from sqlalchemy import *
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, aliased

class Base(DeclarativeBase):
    pass

class User(Base):
    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    fullname: Mapped[Optional[str]]
    addresses: Mapped[List["Address"]] = relationship(back_populates="user")

class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    email_address: Mapped[str]
    user_id = mapped_column(ForeignKey("user_account.id"))
    user: Mapped[User] = relationship(back_populates="addresses")

print(select(User))
print(select(User.name, User.fullname))
print(select(User).where(User.name == "spongebob"))
print(select(User.name, Address).where(User.id == Address.user_id).order_by(Address.id))
print(select(Address.email_address).where(and_(or_(User.name == "squidward", User.name == "sandy"), Address.user_id == User.id)))
print(select(Address.email_address).where(or_(User.name == "squidward", and_(Address.user_id == User.id, User.name == "sandy"))))
print(select(User).filter_by(name="spongebob", fullname="Spongebob Squarepants"))
print(select(User).order_by(User.fullname.desc()))
print(select(User.name, func.count(Address.id).label("count")).join(Address).group_by(User.name).having(func.count(Address.id) > 1))
print(select(Address.email_address).select_from(User).join(User.addresses))
print(select(Address.email_address).join_from(User, Address))
print(select(Address).join(Address.user).where(User.name == "pkrabs").order_by(Address.id))
address_alias_1 = aliased(Address)
address_alias_2 = aliased(Address)
print(select(User).join_from(User, address_alias_1).where(address_alias_1.email_address == "patrick@aol.com").join_from(User, address_alias_2).where(address_alias_2.email_address == "patrick@gmail.com"))
subq = select(Address).where(~Address.email_address.like("%@aol.com")).subquery()
address_subq = aliased(Address, subq)
print(select(User, address_subq).join_from(User, address_subq).order_by(User.id, address_subq.id))
cte_obj = select(Address).where(~Address.email_address.like("%@aol.com")).cte()
address_cte = aliased(Address, cte_obj)
print(select(User, address_cte).join_from(User, address_cte).order_by(User.id, address_cte.id))
stmt1 = select(User).where(User.name == "sandy")
stmt2 = select(User).where(User.name == "spongebob")
u = union_all(stmt1, stmt2)
user_alias = aliased(User, u.subquery())
print(select(user_alias).order_by(user_alias.id))
print(select(User).where(User.addresses.any(Address.email_address == "x")))
print(select(func.count()).select_from(User))
print(select(User.id).where(User.id.in_([1, 2, 3])))
print(select(User.name).join(Address).where(tuple_(User.id, Address.id).in_([(1, 1), (2, 2)])))

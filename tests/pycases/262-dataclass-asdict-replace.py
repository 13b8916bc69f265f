from dataclasses import dataclass, asdict, astuple, replace, fields, is_dataclass

@dataclass
class Address:
    city: str
    zip_code: str

@dataclass
class Person:
    name: str
    address: Address
    phones: list

p = Person("ann", Address("paris", "75001"), ["123", "456"])
print(asdict(p))
print(astuple(p))
q = replace(p, name="bob")
print(q, q.address is p.address)
print([(f.name, f.type.__name__) for f in fields(Person)])
print(is_dataclass(p), is_dataclass(Person), is_dataclass("x"))
try:
    asdict(Address)
except TypeError as e:
    print("TypeError:", e)

from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import registry, DeclarativeBase, Mapped, mapped_column, Session
mapper_registry = registry()
Base = mapper_registry.generate_base()
class U(Base):
    __tablename__ = "u"
    id = Column(Integer, primary_key=True)
@mapper_registry.mapped
class V:
    __tablename__ = "v"
    id = Column(Integer, primary_key=True)
    name = Column(String)
class B2(DeclarativeBase):
    pass
print(type(B2.registry).__name__, B2.registry.metadata is B2.metadata)
print(mapper_registry.metadata is Base.metadata)
print(sorted(mapper_registry.metadata.tables))
e = create_engine("sqlite://")
mapper_registry.metadata.create_all(e)
with Session(e) as s:
    s.add(V(name="x")); s.commit()
    print(s.query(V).one().name)
mapper_registry.configure()
print(len(list(mapper_registry.mappers)))
reg2 = registry()
class B3(DeclarativeBase):
    registry = reg2
print(B3.registry is reg2)

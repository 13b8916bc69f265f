from sqlalchemy import MetaData, Table, Column, Integer, String, PrimaryKeyConstraint, Index, UniqueConstraint, func, create_engine

metadata = MetaData(naming_convention={"pk": "pk_%(table_name)s", "ix": "ix_%(table_name)s_%(column_0_name)s"})
membership = Table(
    "membership",
    metadata,
    Column("club_id", Integer),
    Column("person_id", Integer, key="pid"),
    Column("role", String(20), nullable=True),
    Column("note", String(50), comment="why they joined"),
    PrimaryKeyConstraint("club_id", "pid"),
)
tag = Table("tag", metadata, Column("a", Integer), Column("b", String(10)), PrimaryKeyConstraint("b", "a", name="tag_key"))
plain = Table("plain", metadata, Column("id", Integer, primary_key=True), Column("name", String(30)))
Index("ix_plain_lower_name", func.lower(plain.c.name), unique=True)
Index(None, membership.c.role.desc())
engine = create_engine("sqlite://")
metadata.create_all(engine)
